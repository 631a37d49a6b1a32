package coop.khidma.ui.console;

import coop.khidma.platform.time.HijriDates;
import coop.khidma.support.Browser;
import coop.khidma.support.ConsoleCases;
import coop.khidma.support.ConsoleStaff;
import coop.khidma.support.Deployments;
import coop.khidma.support.ScreenshotOnFailure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console in Chromium, one account per role (made by {@link ConsoleStaff} in the test deployment): sign-in
 * to the role's home page, the role matrix (menu entries and typed addresses, allowed or "not allowed"), registering
 * a request received by phone and finding it again in the inbox, in Arabic and in English.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class ConsoleJourneyIT {

    /** Each console view by its address, and the element that proves it opened. */
    private static final Map<String, String> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("console", "#home");
        VIEWS.put("console/inbox", "#inbox");
        VIEWS.put("console/password", "#password-new");
        VIEWS.put("console/request/" + ConsoleCases.MATRIX, "#request-detail");
        VIEWS.put("console/escalations", "#escalations");
        VIEWS.put("console/committee", "#agenda");
        VIEWS.put("console/print/request?reference=" + ConsoleCases.MATRIX, "#form-title");
        VIEWS.put("console/print/minutes", "#minutes");
        VIEWS.put("console/members", "#members");
        VIEWS.put("console/shares", "#share-register-grid");
        VIEWS.put("console/privacy/subject", "#subject-reference");
        VIEWS.put("console/privacy/retention", "#retention");
        VIEWS.put("console/privacy/breaches", "#breach-summary");
        VIEWS.put("console/queue", "#queue");
        VIEWS.put("console/outbox", "#outbox");
        VIEWS.putAll(AdministrationJourneyIT.VIEWS);
        VIEWS.put("console/volunteers", "#volunteers-pending");
        VIEWS.put("console/assemblies", "#assemblies");
        VIEWS.put("console/assembly-day", "#assembly-day");
        VIEWS.put("console/satisfaction", "#satisfaction-figures");
        VIEWS.put("console/knowledge", "#articles");
        VIEWS.put("console/reports", "#report-backlog-grid");
        VIEWS.put("console/print/report?report=backlog", "#report-print-title");
    }

    private static final List<String> EVERYONE = List.of("staff1", "supervisor1", "director1", "committee1", "admin1");

    /** Which roles each view admits (the rest must see "not allowed"). */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("console", EVERYONE),
            Map.entry("console/inbox", List.of("staff1", "supervisor1", "director1", "admin1")),
            Map.entry("console/password", EVERYONE),
            // a request never put before the committee: the committee is refused it by the boundary
            Map.entry("console/request/" + ConsoleCases.MATRIX, List.of("staff1", "supervisor1", "director1", "admin1")),
            Map.entry("console/escalations", List.of("staff1", "supervisor1", "director1")),
            Map.entry("console/committee", List.of("committee1", "admin1")),
            Map.entry("console/print/request?reference=" + ConsoleCases.MATRIX,
                    List.of("staff1", "supervisor1", "director1", "admin1")),
            Map.entry("console/print/minutes", List.of("committee1", "admin1")),
            Map.entry("console/members", List.of("staff1", "supervisor1", "director1", "admin1")),
            Map.entry("console/shares", List.of("staff1", "supervisor1", "director1", "admin1")),
            Map.entry("console/privacy/subject", List.of("staff1", "supervisor1", "director1", "admin1")),
            Map.entry("console/privacy/retention", List.of("admin1")),
            Map.entry("console/privacy/breaches", List.of("admin1")),
            Map.entry("console/queue", List.of("staff1")),
            Map.entry("console/outbox", List.of("staff1", "supervisor1", "director1", "admin1")),
            Map.entry("console/admin/users", List.of("admin1")),
            Map.entry("console/admin/request-types", List.of("admin1")),
            Map.entry("console/admin/settings", List.of("admin1")),
            Map.entry("console/admin/kiosks", List.of("admin1")),
            Map.entry("console/admin/audit", List.of("admin1")),
            Map.entry("console/admin/assembly", List.of("admin1")),
            Map.entry("console/assemblies", List.of("staff1", "supervisor1", "director1", "admin1")),
            Map.entry("console/assembly-day", List.of("staff1", "supervisor1", "director1", "admin1")),
            Map.entry("console/volunteers", List.of("staff1")),
            Map.entry("console/satisfaction", List.of("supervisor1", "director1")),
            Map.entry("console/knowledge", List.of("staff1", "admin1")),
            Map.entry("console/reports", List.of("supervisor1", "director1")),
            Map.entry("console/print/report?report=backlog", List.of("supervisor1", "director1")),
            Map.entry("console/board-pack", List.of("director1", "admin1")));

    /** Menu entries and the view each opens. */
    private static final Map<String, String> MENU = Map.ofEntries(
            Map.entry("#menu-inbox", "console/inbox"),
            Map.entry("#menu-escalations", "console/escalations"),
            Map.entry("#menu-committee", "console/committee"),
            Map.entry("#menu-members", "console/members"),
            Map.entry("#menu-shares", "console/shares"),
            Map.entry("#menu-privacy-subject", "console/privacy/subject"),
            Map.entry("#menu-privacy-retention", "console/privacy/retention"),
            Map.entry("#menu-privacy-breaches", "console/privacy/breaches"),
            Map.entry("#menu-queue", "console/queue"),
            Map.entry("#menu-outbox", "console/outbox"),
            Map.entry("#menu-admin-users", "console/admin/users"),
            Map.entry("#menu-admin-types", "console/admin/request-types"),
            Map.entry("#menu-admin-settings", "console/admin/settings"),
            Map.entry("#menu-admin-kiosks", "console/admin/kiosks"),
            Map.entry("#menu-admin-audit", "console/admin/audit"),
            Map.entry("#menu-assemblies", "console/assemblies"),
            Map.entry("#menu-assembly-day", "console/assembly-day"),
            Map.entry("#menu-admin-assembly", "console/admin/assembly"),
            Map.entry("#menu-volunteers", "console/volunteers"),
            Map.entry("#menu-satisfaction", "console/satisfaction"),
            Map.entry("#menu-knowledge", "console/knowledge"),
            Map.entry("#menu-reports", "console/reports"),
            Map.entry("#menu-board-pack", "console/board-pack"));

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    static Browser browser;
    /** A second browser, so the role matrix walks two accounts at a time (each in a session of its own). */
    static Browser beside;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1440, 960);
        beside = new Browser(1440, 960);
    }

    @AfterAll
    static void closeBrowser() {
        try {
            browser.close();
        } finally {
            beside.close();
        }
    }

    @Test
    void everyRoleSeesItsOwnHomeAndOnlyTheViewsItMayUse() throws InterruptedException {
        // every account, each walked by one of two browsers side by side (each account in a session of its own)
        Queue<String> accounts = new ConcurrentLinkedQueue<>(ConsoleStaff.ACCOUNTS.keySet());
        Browser.sideBySide(() -> walkTheMatrix(browser, accounts), () -> walkTheMatrix(beside, accounts));
        assertThat(accounts).as("accounts not walked").isEmpty();
    }

    /** Takes the next account until none is left and walks its part of the matrix. */
    private void walkTheMatrix(Browser walker, Queue<String> accounts) {
        for (String username = accounts.poll(); username != null; username = accounts.poll()) {
            walkTheMatrix(walker, username);
        }
    }

    /** One account's menu entries, and every view typed as an address: opened if its role may, else "not allowed". */
    private void walkTheMatrix(Browser walker, String username) {
        walker.signInToConsole(base.toString(), username);
        assertThat(walker.find("#signed-in-as").getText()).contains(username);
        MENU.forEach((entry, path) -> assertThat(present(walker.driver(), entry))
                .as(username + " sees " + entry + " in the menu").isEqualTo(ALLOWED.get(path).contains(username)));
        VIEWS.forEach((path, proof) -> {
            walker.open(base + path);
            boolean allowed = ALLOWED.get(path).contains(username);
            try {
                walker.waitFor(driver -> present(driver, allowed ? proof : "#not-allowed"));
            } catch (org.openqa.selenium.TimeoutException notShown) {
                throw new AssertionError(username + " on /" + path + " saw neither " + (allowed ? proof : "#not-allowed")
                        + " nor the other; at " + walker.driver().getCurrentUrl() + ": "
                        + walker.driver().findElement(By.tagName("body")).getText(), notShown);
            }
            assertThat(present(walker.driver(), allowed ? "#not-allowed" : proof))
                    .as(username + " on /" + path).isFalse();
        });
    }

    @Test
    void eachRoleHomeCountsWhatWaitsForIt() {
        signIn("staff1");
        assertThat(browser.find("#home-staff").getText()).contains("طلبات أعيدت لنواقص");
        assertThat(browser.find("#home-new-count").getText()).matches("\\d+");
        assertThat(present(browser.driver(), "#home-committee")).isFalse();
        browser.screenshot("console-home-staff-ar");
        assertThat(Integer.parseInt(browser.find("#home-undelivered-count").getText())).isPositive();
        browser.click("#home-undelivered");
        browser.type("#outbox-reference", ConsoleCases.OUTBOX);
        browser.waitFor(driver -> browser.cells("#outbox").contains("تعذر الإرسال"));
        assertThat(browser.cells("#outbox")).contains("إشعار استلام", "رسالة نصية");
        browser.screenshot("console-outbox-ar");
        browser.click("vaadin-button[data-reference='" + ConsoleCases.OUTBOX + "']");
        browser.notice("أُضيفت محاولة جديدة لرسالة الطلب " + ConsoleCases.OUTBOX);
        browser.click("#outbox-undelivered-only");
        browser.waitFor(driver -> browser.textOf("#outbox-total").equals("2 رسالة")
                || browser.textOf("#outbox-total").equals("٢ رسالة"));
        assertThat(browser.cells("#outbox")).as("the refused try kept, the new one after it").contains("تعذر الإرسال")
                .containsAnyOf("بانتظار الإرسال", "أُرسلت", "وصلت إلى الهاتف");
        List<String> csv = browser.csv("#outbox-csv");
        assertThat(csv.get(0)).startsWith("كُتبت,الطلب,الموضوع,القناة,الحالة,السبب,المحاولات");
        assertThat(csv).filteredOn(line -> line.contains(ConsoleCases.OUTBOX)).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("تعذر الإرسال", "provider answered HTTP 400"));
        browser.screenshot("console-outbox-resent-ar");

        signIn("committee1");
        assertThat(browser.find("#home-committee-agenda-count").getText()).matches("\\d+");
        assertThat(present(browser.driver(), "#home-staff")).isFalse();
        browser.screenshot("console-home-committee-ar");
        browser.open(base + "console/inbox");
        assertThat(browser.find("#not-allowed").getText()).contains("غير مسموح");
        browser.screenshot("console-not-allowed-ar");
        switchLanguage("Not allowed", "#not-allowed");
        browser.screenshot("console-not-allowed-en");

        signIn("supervisor1");
        assertThat(browser.find("#home-escalations-count").getText()).matches("\\d+");
        browser.click("#channel-counts-period");
        browser.waitFor(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().strip().equals("هذا الشهر الهجري") && item.isDisplayed()).findFirst()
                .orElse(null)).click();
        browser.waitFor(driver -> driver.findElement(By.id("channel-counts-label")).getText().startsWith("١ "));
        assertThat(browser.find("#channel-counts-label").getText()).contains(" هـ – ").contains(" م");
        assertThat(browser.csv("#channels-csv").get(0))
                .isEqualTo("الفترة (هجري · ميلادي),القناة,النوع,الحالة,عدد الطلبات");
        browser.screenshot("console-home-supervisor-ar");
        switchLanguage("Referrals", "#home-authority");
        browser.screenshot("console-home-supervisor-en");
        signIn("committee1");
        switchLanguage("agenda", "#home-committee");
        browser.screenshot("console-home-committee-en");
        signIn("admin1");
        assertThat(browser.find("#home-open-count").getText()).matches("\\d+");
        browser.screenshot("console-home-admin-ar");
        switchLanguage("Open requests", "#home-admin");
        browser.screenshot("console-home-admin-en");
    }

    @Test
    void theDirectorReadsTheBoardsReportsInArabicDownloadsTheVolumeAndPrintsIt() {
        signIn("director1");
        browser.click("#menu-reports");
        browser.find("#report-volume-chart svg");
        assertThat(browser.driver().findElement(By.cssSelector("#report-volume-chart title"))
                .getAttribute("textContent")).isEqualTo("الطلبات حسب القناة");
        assertThat(browser.find("#report-period-label").getText()).contains(" هـ – ").contains(" م");
        assertThat(browser.find("#report-backlog-total").getText()).contains("طلبًا مفتوحًا في");
        assertThat(browser.csv("#report-volume-csv").get(0)).isEqualTo("الفترة (هجري · ميلادي),"
                + "الفترة السابقة (هجري · ميلادي),القناة,النوع,النتيجة,هذه الفترة,الفترة السابقة,التغير,نسبة التغير");
        assertThat(browser.csv("#report-backlog-csv").get(0)).isEqualTo("تاريخ العدّ,المرحلة,0–2 يوم عمل,"
                + "3–5 أيام عمل,6–10 أيام عمل,أكثر من 10 أيام عمل,المجموع");
        assertThat(browser.csv("#report-referrals-csv").get(0)).isEqualTo("الفترة (هجري · ميلادي),المستوى,"
                + "الواردة,أُجيبت في هذا المستوى,صعدت لانقضاء المهلة,ما زالت تنتظر,وسيط أيام العمل حتى الرد,"
                + "المئين التسعون لأيام العمل حتى الرد");
        browser.screenshot("console-reports-ar");
        browser.open(browser.attribute("#report-volume-print", "href"));
        assertThat(browser.find("#report-print-title").getText()).isEqualTo("الطلبات حسب القناة والنوع والنتيجة");
        assertThat(browser.find("#report-print-period").getText()).contains(" هـ – ").contains(" م");
        assertThat(browser.find(".print-table th").getText()).isEqualTo("القناة");
        browser.screenshot("console-report-volume-print-ar");
        browser.open(base + "console/print/report?report=referrals&from=2026-03-01&to=2026-03-31");
        assertThat(browser.find("#report-print-title").getText()).isEqualTo("الإحالات إلى الجهة الأعلى حسب المستوى");
        assertThat(browser.find(".print-table th").getText()).isEqualTo("المستوى");
    }

    /** Reports 2, 3, 6 and 7 in Arabic (CSV, print page, a screenshot each), then in English; the board pack. */
    @Test
    void theDirectorReadsEachNewReportInArabicDownloadsItPrintsItAndPrintsTheBoardPack() {
        signIn("director1");
        browser.open(base + "console/reports");
        browser.find("#report-reception-chart svg");
        Map<String, String> firstColumns = Map.of(
                "promises", "الفترة (هجري · ميلادي),النوع,الموعد الموعود,المقدَّمة,",
                "committee", "الفترة (هجري · ميلادي),المؤشر,الطلبات أو الأيام",
                "reception", "الفترة (هجري · ميلادي),الخدمة,ساعة أخذ التذكرة,التذاكر,",
                "satisfaction", "الفترة (هجري · ميلادي),الخدمة,عدد التقييمات,المتوسط (١–٥),");
        Map<String, String> titles = Map.of("promises", "الوفاء بالوعود: مدة الاستلام والتحقق ومدة الرد",
                "committee", "لجنة البحث: القرارات مقارنةً بالمهلة",
                "reception", "الاستقبال: التذاكر والانتظار وساعات الذروة",
                "satisfaction", "الرضا حسب الخدمة");
        Map<String, String> prints = new java.util.LinkedHashMap<>();
        for (String report : List.of("promises", "committee", "reception", "satisfaction")) {
            assertThat(browser.csv("#report-" + report + "-csv").get(0)).startsWith(firstColumns.get(report));
            browser.scrollTo("#report-" + report);
            browser.screenshot("console-report-" + report + "-ar");
            prints.put(report, browser.attribute("#report-" + report + "-print", "href"));
        }
        assertThat(browser.driver().findElement(By.cssSelector("#report-reception-chart desc"))
                .getAttribute("textContent")).startsWith("صف لكل يوم من الأسبوع وعمود لكل ساعة");
        switchLanguage("Reports for the board", "h2");
        for (String report : List.of("promises", "committee", "reception", "satisfaction")) {
            browser.scrollTo("#report-" + report);
            browser.screenshot("console-report-" + report + "-en");
        }
        browser.click("#language-switch");
        browser.waitFor(driver -> driver.findElement(By.cssSelector("h2")).getText().equals("تقارير مجلس الإدارة"));
        prints.forEach((report, href) -> {
            browser.open(href);
            assertThat(browser.find("#report-print-title").getText()).isEqualTo(titles.get(report));
            assertThat(browser.find("#report-print-period").getText()).contains(" هـ – ").contains(" م");
            browser.screenshot("console-report-" + report + "-print-ar");
        });

        browser.open(base + "console");
        browser.click("#menu-board-pack");
        assertThat(browser.find("#board-pack-summary").getText()).contains("الوفاء بالوعود").contains("الرضا حسب الخدمة");
        browser.screenshot("console-board-pack-ar");
        browser.open(browser.attribute("#board-pack-print", "href"));
        assertThat(browser.find("#report-print-title").getText()).isEqualTo("ملف مجلس الإدارة الشهري");
        assertThat(browser.driver().findElements(By.cssSelector(".board-pack-report"))).hasSize(7);
        browser.screenshot("console-board-pack-print-ar");
    }

    @Test
    void staffRegisterAPhoneCallAndFindItByTheMobileInArabicDigits() {
        signIn("staff1");
        int before = Integer.parseInt(browser.find("#home-new-count").getText());
        browser.open(base + "console/inbox");
        browser.find("#inbox");
        browser.click("#register-open");
        assertThat(browser.find("#register-channel input").getAttribute("value")).isEqualTo("اتصال هاتفي");
        browser.choose("#register-type", "شكوى");
        browser.type("#register-name", "هيا بنت مانع آل سالم");
        browser.type("#register-mobile", "٠٥٠١٢٣٤٥٦");
        browser.type("#register-details", "لم يصلني خطاب قبول طلب الدعم");
        browser.click("#register-save");
        browser.waitFor(driver -> driver.findElement(By.id("register-mobile")).getAttribute("invalid") != null);
        assertThat(browser.find("#register-mobile [slot='error-message']").getText()).contains("رقم الجوال");
        browser.screenshot("console-register-error-ar");

        browser.type("#register-mobile", "٠٥٠١٢٣٤٥٦٧");
        browser.click("#register-save");
        String notice = browser.find("vaadin-notification-card").getText();
        assertThat(notice).contains("اتصال هاتفي");
        String reference = notice.replaceAll("(?s).*?(\\d{4}-\\d{6}).*", "$1");
        assertThat(reference).matches("\\d{4}-\\d{6}");

        browser.type("#inbox-search", "٠٥٠١٢٣٤٥٦٧");
        browser.waitFor(driver -> cells(driver).contains(reference));
        browser.screenshot("console-inbox-search-ar");
        browser.type("#inbox-search", "هَيَا بِنْت مَانِع");
        browser.waitFor(driver -> cells(driver).contains(reference));
        browser.waitFor(driver -> driver.findElement(By.id("inbox-total")).getText().equals("عدد الطلبات: ١"));

        browser.open(base + "console");
        assertThat(Integer.parseInt(browser.find("#home-new-count").getText())).isGreaterThan(before);
        browser.click("#home-new");
        browser.waitFor(driver -> driver.getCurrentUrl().contains("status=SUBMITTED"));
        browser.waitFor(driver -> cells(driver).contains(reference));
        browser.screenshot("console-inbox-filtered-ar");

        switchLanguage("Member requests", "h2");
        browser.waitFor(driver -> cells(driver).contains("Phone call"));
        browser.screenshot("console-inbox-filtered-en");
        browser.click("#register-open");
        browser.find("#register-name");
        browser.screenshot("console-register-en");
        browser.open(base + "console");
        browser.find("#home-staff");
        browser.screenshot("console-home-staff-en");
    }

    @Test
    void aLetterIsRegisteredWithItsScanWhichOpensFromTheRequestPage() throws Exception {
        Path scans = Files.createDirectories(Path.of("target", "journey-files"));
        Path notAPdf = Files.writeString(scans.resolve("letter-renamed.pdf"), "not a PDF: a text file renamed");
        Path letter = Files.write(scans.resolve("letter-from-member.pdf"), MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII));
        signIn("staff1");
        browser.open(base + "console/inbox");
        browser.find("#inbox");
        browser.click("#register-open");
        browser.choose("#register-channel", "خطاب");
        browser.choose("#register-type", "طلب دعم");
        browser.type("#register-name", "فهد بن علي آل منجم");
        browser.type("#register-mobile", "0534567890");
        browser.type("#register-details", "يطلب الدعم في تجهيز مخيم سياحي في حمى");
        assertThat(browser.find("#register-scan").getText()).contains("مطلوبة للخطابات");
        browser.click("#register-save");
        assertThat(browser.find("#register-scan-error").getText()).contains("مع صورة الخطاب الممسوحة");

        upload("#register-scan-upload", notAPdf);
        browser.click("#register-save");
        browser.waitFor(driver -> driver.findElement(By.id("register-scan-error")).getText()
                .contains("لا يُحفظ مع الطلب إلا ملف PDF"));
        browser.screenshot("console-register-letter-refused-ar");

        upload("#register-scan-upload", letter);
        browser.click("#register-save");
        String notice = browser.find("vaadin-notification-card").getText();
        assertThat(notice).contains("خطاب");
        String reference = notice.replaceAll("(?s).*?(\\d{4}-\\d{6}).*", "$1");

        browser.open(base + "console/request/" + reference);
        assertThat(browser.find("#request-channel").getText()).isEqualTo("خطاب");
        assertThat(browser.find("#request-due").getText()).contains("هـ");
        String link = browser.find("#papers a").getAttribute("href");
        assertThat(browser.find("#papers").getText()).contains("letter-from-member.pdf").contains("application/pdf");
        Object fetched = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                        + " + r.headers.get('content-type') + ' ' + b.byteLength)));", link);
        assertThat(fetched).isEqualTo("200 application/pdf " + MINIMAL_PDF.length());
        browser.open(base + "console/request/" + reference);
        assertThat(browser.find("#timeline").getText()).contains("حُفظت ورقة مع الطلب").contains("فُتحت ورقة");
        browser.scrollTo("#papers");
        browser.screenshot("console-request-papers-ar");
        switchLanguage("Papers", "#request-detail");
        assertThat(browser.find("#request-due").getText()).contains("AH");
        browser.scrollTo("#papers");
        browser.screenshot("console-request-papers-en");
        browser.click("#language-switch");
        browser.waitFor(driver -> "rtl".equals(driver.findElement(By.tagName("html")).getDomAttribute("dir")));

        browser.open(base + "console/inbox?due=OVERDUE");
        browser.waitFor(driver -> cells(driver).contains(ConsoleCases.OVERDUE) && !cells(driver).contains(reference)
                && driver.findElement(By.cssSelector("#inbox .inbox-urgency-overdue")).getText().equals("متأخر"));
        browser.screenshot("console-inbox-overdue-ar");
        switchLanguage("Overdue", "#inbox");
        browser.screenshot("console-inbox-overdue-en");
        browser.open(base + "console");
        assertThat(Integer.parseInt(browser.find("#home-past-due-count").getText())).isPositive();
    }

    /** A one-page PDF with nothing on it: the smallest file a PDF reader opens. */
    private static final String MINIMAL_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";

    /** Hands a file to a Vaadin upload, as choosing it in the file dialog would (its file input sits in its shadow). */
    private static void upload(String uploadCss, Path file) {
        WebElement input = browser.find(uploadCss).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waitFor(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const files = arguments[0].files; return files.length === 1 && files[0].name === arguments[1]"
                        + " && files[0].complete === true;", browser.find(uploadCss), file.getFileName().toString())));
    }

    @Test
    void theDirectorSchedulesAGeneralAssemblyAndStartsItsAgenda() {
        signIn("director1");
        browser.open(base + "console/assemblies");
        browser.type("#assembly-place", "مقر الجمعية بنجران");
        browser.type("#assembly-record-date", LocalDate.now(HijriDates.RIYADH).toString());
        browser.find("#assembly-record-date input").sendKeys(Keys.ENTER);
        browser.click("#assembly-save");
        browser.waitFor(driver -> present(driver, "#assembly-status"));
        assertThat(browser.find("#assembly-status").getText()).isEqualTo("مجدول");
        assertThat(browser.find("#assembly-invite-by").getText()).contains("هـ");
        assertThat(browser.find("#assembly-day-link").getAttribute("href")).matches(".*/console/assembly-day/\\d+$");
        browser.type("#agenda-title-ar", "اعتماد القوائم المالية");
        browser.type("#agenda-title-en", "Approving the financial statements");
        browser.click("#agenda-save");
        browser.waitFor(driver -> present(driver, "#agenda-item-1"));
        assertThat(browser.find("#agenda-item-1").getText()).contains("يُبتّ فيه بالأغلبية");
        browser.screenshot("assembly-scheduled-ar");
    }

    @Test
    void nobodySignedInIsSentToSignIn() {
        browser.newSession();
        browser.open(base + "console/inbox");
        browser.waitFor(driver -> driver.getCurrentUrl().contains("console/login"));
        assertThat(present(browser.driver(), "#inbox")).isFalse();
    }

    private void signIn(String username) {
        browser.newSession();
        browser.open(base + "console/login");
        browser.type("vaadin-login-form vaadin-text-field[name='username']", username);
        browser.type("vaadin-login-form vaadin-password-field[name='password']", ConsoleStaff.PASSWORD);
        browser.click("vaadin-login-form vaadin-button[slot='submit']");
        browser.find("#home");
    }

    private void switchLanguage(String expected, String css) {
        browser.click("#language-switch");
        browser.waitFor(driver -> driver.findElement(By.cssSelector(css)).getText().contains(expected));
        assertThat(browser.attribute("html", "dir")).isEqualTo("ltr");
    }


    private static boolean present(WebDriver driver, String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    private static String cells(WebDriver driver) {
        StringBuilder text = new StringBuilder();
        driver.findElements(By.cssSelector("#inbox vaadin-grid-cell-content"))
                .forEach(cell -> text.append(cell.getText()).append('\n'));
        return text.toString();
    }
}
