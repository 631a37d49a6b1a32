package coop.khidma.ui.kiosk;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import coop.khidma.support.Browser;
import coop.khidma.support.ConsoleCases;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk's journeys in a real browser, as a visitor taps through them: check in for the counter and get a
 * ticket, follow a request up, and the idle reset that leaves nothing for the next visitor — in Arabic and in
 * English, with a screenshot of every screen in both languages.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class KioskJourneyIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    static Browser browser;
    /** A second kiosk screen, so the accessibility pass walks the two languages side by side. */
    static Browser beside;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1080, 1920);
        beside = new Browser(1080, 1920);
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
    void aVisitorTakesANumberForMemberServicesInArabic() {
        browser.newSession();
        browser.open(base.toString());
        assertThat(browser.find("#tile-checkin").getText()).contains("احجز دوراً");
        browser.screenshot("kiosk-welcome-ar");
        browser.click("#tile-checkin");
        assertThat(browser.find("#counter-member-services").getText()).contains("خدمات الأعضاء");
        browser.screenshot("kiosk-checkin-ar");

        browser.click("#counter-member-services");
        assertThat(browser.find("#ticket-number").getText()).matches("A-\\d{3}");
        assertThat(browser.find("#ticket-position").getText()).startsWith("ترتيبك في الدور");
        assertThat(browser.find("#ticket-date").getText()).contains("هـ").contains("م");
        assertThat(browser.find("#ticket-print").isDisplayed()).isTrue();
        browser.screenshot("kiosk-ticket-ar");
        asPrinted("#ticket", "#ticket-print", "kiosk-ticket-print-ar");

        browser.click("#ticket-done");
        browser.find("#tile-checkin");
        browser.driver().navigate().back();
        browser.find("#counter-member-services");
        assertThat(browser.driver().findElements(By.id("ticket-number"))).isEmpty();
    }

    @Test
    void aVisitorTakesANumberInEnglishAndTheNextOneIsLaterInLine() {
        browser.newSession();
        browser.open(base.toString());
        browser.click("#language-switch");
        browser.waitFor(driver -> driver.findElement(By.cssSelector("#tile-checkin")).getText().contains("Take a number"));
        assertThat(browser.attribute("html", "dir")).isEqualTo("ltr");
        browser.screenshot("kiosk-welcome-en");
        browser.click("#tile-checkin");
        browser.find("#counter-inquiries");
        browser.screenshot("kiosk-checkin-en");

        browser.click("#counter-inquiries");
        String first = browser.find("#ticket-number").getText();
        assertThat(first).matches("C-\\d{3}");
        assertThat(browser.find("#ticket").getText()).contains("Questions and complaints").contains("AH");
        browser.screenshot("kiosk-ticket-en");
        asPrinted("#ticket", "#ticket-print", "kiosk-ticket-print-en");

        browser.open(base + "kiosk/check-in");
        browser.click("#counter-inquiries");
        browser.waitFor(driver -> !driver.findElement(By.id("ticket-number")).getText().equals(first));
        assertThat(Integer.parseInt(browser.find("#ticket-number").getText().substring(2)))
                .isEqualTo(Integer.parseInt(first.substring(2)) + 1);
        assertThat(browser.find("#ticket-wait").getText()).startsWith("Expected wait: about");
    }

    @Test
    void aVisitorFollowsUpARequestWithItsReferenceAndMobileOnly() {
        browser.newSession();
        browser.open(base + "kiosk/inquiry");
        browser.type("#inquiry-name", "خالد اليامي");
        browser.type("#inquiry-mobile", "٠٥٥٠٠٠٧٧٨٨");
        browser.type("#inquiry-question", "ما موعد توزيع الأرباح؟");
        browser.click("#inquiry-consent");
        browser.click("#inquiry-submit");
        String reference = browser.find("#acknowledgement-reference").getText();

        browser.open(base.toString());
        browser.click("#tile-track");
        browser.find("#track-reference");
        browser.waitFor(driver -> "numeric".equals(driver.findElement(By.cssSelector("#track-reference input"))
                .getDomAttribute("inputmode")));
        assertThat(browser.find("#track-mobile input").getDomAttribute("inputmode")).isEqualTo("tel");
        browser.screenshot("kiosk-track-ar");
        browser.type("#track-reference", reference);
        browser.type("#track-mobile", "0550007789");
        browser.click("#track-submit");
        browser.waitFor(driver -> driver.findElement(By.id("track-mobile")).getAttribute("invalid") != null);
        String notFound = browser.find("#track-mobile [slot='error-message']").getText();
        assertThat(notFound).contains("لم نجد");
        browser.screenshot("kiosk-track-notfound-ar");
        browser.type("#track-reference", "2020-000001");
        browser.type("#track-mobile", "٠٥٥٠٠٠٧٧٨٨");
        browser.click("#track-submit");
        browser.waitFor(driver -> driver.findElement(By.cssSelector("#track-mobile [slot='error-message']"))
                .getText().equals(notFound));

        browser.type("#track-reference", reference);
        browser.click("#track-submit");
        assertThat(browser.find("#track-stage").getText()).contains("مقدَّم").doesNotContain("خالد");
        assertThat(browser.find("#track-holder").getText()).contains("موظف علاقات المساهمين");
        assertThat(browser.find("#track-result").getText()).doesNotContain("خالد").doesNotContain("0550007788");
        assertThat(browser.driver().findElements(By.id("track-decision"))).as("an inquiry has no committee date").isEmpty();
        browser.screenshot("kiosk-track-result-ar");

        browser.click("#language-switch");
        browser.waitFor(driver -> "ltr".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));
        browser.find("#track-reference");
        browser.screenshot("kiosk-track-en");
        browser.type("#track-reference", reference);
        browser.type("#track-mobile", "0550007788");
        browser.click("#track-submit");
        assertThat(browser.find("#track-stage").getText()).isEqualTo("Stage: Submitted");
        assertThat(browser.find("#track-holder").getText()).isEqualTo("With: A shareholder-relations employee");
        browser.screenshot("kiosk-track-result-en");
    }

    @Test
    void aMemberSeesWhenTheCommitteeIsExpectedToDecideInBothCalendarsAndNothingAboutThemselves() {
        browser.newSession();
        browser.open(base + "kiosk/track");
        browser.type("#track-reference", ConsoleCases.TRACK);
        browser.type("#track-mobile", "٠٥٥١٢٣٤٥٦٧");
        browser.click("#track-submit");
        assertThat(browser.find("#track-stage").getText()).isEqualTo("المرحلة: لدى لجنة البحث");
        assertThat(browser.find("#track-holder").getText()).isEqualTo("لدى: لجنة البحث والدراسة");
        assertThat(browser.find("#track-decision").getText()).startsWith("الطلب لدى لجنة البحث والدراسة")
                .contains("هـ").contains("م");
        assertThat(browser.find("#track-result").getText()).doesNotContain("هيا").doesNotContain("آل مهري")
                .doesNotContain("0551234567").doesNotContain("٠٥٥١٢٣٤٥٦٧");
        browser.screenshot("kiosk-track-committee-ar");

        browser.click("#track-another");
        browser.click("#language-switch");
        browser.waitFor(driver -> "ltr".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));
        browser.type("#track-reference", ConsoleCases.MATRIX);
        browser.type("#track-mobile", ConsoleCases.MOBILE);
        browser.click("#track-submit");
        assertThat(browser.find("#track-stage").getText()).isEqualTo("Stage: Submitted");
        assertThat(browser.find("#track-decision").getText())
                .startsWith("The request has not reached the research committee yet").contains("AH");
        assertThat(browser.find("#track-result").getText()).doesNotContain("0551234567");
        browser.screenshot("kiosk-track-estimate-en");
    }

    @Test
    void anIdleKioskCountsDownThenForgetsTheVisitorEverywhere() {
        browser.newSession();
        browser.open(base + "kiosk/track");
        browser.type("#track-reference", "2026-000123");
        assertThat(browser.find("#idle-countdown").getText()).contains("ثانية");
        browser.screenshot("kiosk-idle-countdown-ar");
        browser.click("#track-mobile");
        browser.waitFor(driver -> !driver.findElement(By.id("idle-countdown")).isDisplayed());
        assertThat(browser.find("#track-reference input").getAttribute("value")).isEqualTo("2026-000123");

        String firstTab = browser.driver().getWindowHandle();
        browser.click("#language-switch");
        browser.waitFor(driver -> "ltr".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));
        browser.type("#track-reference", "2026-000456");
        browser.find("#idle-countdown");
        browser.screenshot("kiosk-idle-countdown-en");
        browser.waitFor(driver -> !driver.findElements(By.cssSelector("#tile-checkin")).isEmpty()
                && "rtl".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));

        browser.driver().navigate().back();
        assertThat(browser.find("#track-reference input").getAttribute("value")).isEmpty();
        browser.driver().navigate().refresh();
        assertThat(browser.find("#track-reference input").getAttribute("value")).isEmpty();
        assertThat(browser.attribute("html", "lang")).isEqualTo("ar");
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(base + "kiosk/track");
        assertThat(browser.find("#track-reference input").getAttribute("value")).isEmpty();
        browser.driver().close();
        browser.driver().switchTo().window(firstTab);
    }

    @Test
    void aMemberFilesASupportRequestOneQuestionAtATimeInArabic() {
        browser.newSession();
        browser.open(base.toString());
        browser.click("#tile-request");
        assertThat(browser.find("#type-support").getText()).contains("طلب دعم");
        assertThat(browser.find("#type-membership-application").getText()).contains("طلب عضوية");
        browser.screenshot("kiosk-request-types-ar");
        browser.click("#type-support");

        assertThat(browser.find("#wizard-progress").getText()).isEqualTo("الخطوة ١ من ٨");
        browser.screenshot("kiosk-request-privacy-ar");
        assertThat(browser.find("#wizard-notice-version").getText()).isEqualTo("إشعار الخصوصية، الإصدار 2026-12");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-error").getText()).contains("يرجى الموافقة");
        browser.click("#wizard-consent");
        browser.click("#wizard-next");

        browser.type("#wizard-name", "منى الصيعري");
        browser.click("#wizard-next");
        browser.type("#wizard-mobile", "١٢٣");
        browser.click("#wizard-next");
        browser.waitFor(driver -> driver.findElement(By.id("wizard-mobile")).getAttribute("invalid") != null);
        assertThat(browser.find("#wizard-mobile [slot='error-message']").getText()).contains("رقم الجوال غير صحيح");
        browser.screenshot("kiosk-request-field-error-ar");
        browser.type("#wizard-mobile", "٠٥٠٠٠٠١١٢٢");
        browser.click("#wizard-next");

        browser.waitFor(driver -> "numeric".equals(driver.findElement(
                By.cssSelector("#wizard-item-member_identity input")).getDomAttribute("inputmode")));
        browser.type("#wizard-item-member_identity", "1000000008");
        browser.click("#wizard-next");
        browser.type("#wizard-item-support_description", "أحتاج دعماً لتكاليف علاج والدي");
        browser.screenshot("kiosk-request-question-ar");
        browser.click("#wizard-back");
        assertThat(browser.find("#wizard-item-member_identity input").getAttribute("value")).isEqualTo("1000000008");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-item-support_description textarea").getAttribute("value"))
                .isEqualTo("أحتاج دعماً لتكاليف علاج والدي");
        browser.click("#wizard-next");

        browser.click("#wizard-item-guide_ack");
        browser.screenshot("kiosk-request-confirmation-ar");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-documents").getText()).contains("المستندات المؤيدة");
        browser.screenshot("kiosk-request-documents-ar");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-summary").getText()).contains("منى الصيعري").contains("تكاليف علاج")
                .contains("تمت الموافقة على إشعار الخصوصية (الإصدار 2026-12)");
        browser.screenshot("kiosk-request-summary-ar");
        browser.click("#wizard-next");

        assertThat(browser.find("#request-reference").getText()).matches("\\d{4}-\\d{6}");
        assertThat(browser.find("#request-next").getText()).contains("لجنة البحث والدراسة").contains("هـ");
        assertThat(browser.find("#request-print").isDisplayed()).isTrue();
        browser.screenshot("kiosk-request-acknowledged-ar");
        asPrinted("#request-acknowledgement", "#request-print", "kiosk-request-receipt-print-ar");
        browser.click("#request-done");
        browser.find("#tile-request");
        browser.driver().navigate().back();
        browser.find("#type-support");
        assertThat(browser.driver().findElements(By.id("request-reference"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("wizard-summary"))).isEmpty();
    }

    @Test
    void aMemberFilesAComplaintInEnglish() {
        browser.newSession();
        browser.open(base + "kiosk/request");
        browser.click("#language-switch");
        browser.waitFor(driver -> driver.findElement(By.cssSelector("#type-complaint")).getText().contains("Complaint"));
        browser.screenshot("kiosk-request-types-en");
        browser.click("#type-complaint");
        assertThat(browser.find("#wizard-progress").getText()).isEqualTo("Step 1 of 6");
        browser.screenshot("kiosk-request-privacy-en");
        browser.click("#wizard-consent");
        browser.click("#wizard-next");
        browser.type("#wizard-name", "Fahad Al-Yami");
        browser.click("#wizard-next");
        browser.type("#wizard-mobile", "0551230000");
        browser.click("#wizard-next");
        browser.click("#wizard-next");
        browser.waitFor(driver -> driver.findElement(By.id("wizard-item-complaint_text")).getAttribute("invalid") != null);
        assertThat(browser.find("#wizard-item-complaint_text [slot='error-message']").getText())
                .isEqualTo("This question is required: please answer it.");
        browser.screenshot("kiosk-request-field-error-en");
        browser.type("#wizard-item-complaint_text", "The office was closed during posted opening hours.");
        browser.screenshot("kiosk-request-question-en");
        browser.click("#wizard-next");
        browser.find("#wizard-documents");
        browser.screenshot("kiosk-request-documents-en");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-summary").getText()).contains("Fahad Al-Yami").contains("posted opening hours");
        browser.screenshot("kiosk-request-summary-en");
        browser.click("#wizard-next");
        assertThat(browser.find("#request-reference").getText()).matches("\\d{4}-\\d{6}");
        assertThat(browser.find("#request-next").getText()).contains("contact you on your mobile number");
        browser.screenshot("kiosk-request-acknowledged-en");
        asPrinted("#request-acknowledgement", "#request-print", "kiosk-request-receipt-print-en");
    }

    @Test
    void anApplicantAppliesForMembershipAtTheKioskInArabic() {
        browser.newSession();
        browser.open(base + "kiosk/request");
        browser.click("#type-membership-application");
        browser.click("#wizard-consent");
        browser.click("#wizard-next");
        browser.type("#wizard-national-id", "١٠٠٠٠٠٠١١٥");
        browser.click("#wizard-next");
        browser.type("#wizard-name-arabic", "Saad");
        browser.click("#wizard-next");
        browser.waitFor(driver -> driver.findElement(By.id("wizard-name-arabic")).getAttribute("invalid") != null);
        browser.screenshot("kiosk-application-error-ar");
        browser.type("#wizard-name-arabic", "سعد بن علي آل سالم");
        browser.click("#wizard-next");
        browser.type("#wizard-name-latin", "Saad Ali Al Salem");
        browser.click("#wizard-next");
        browser.type("#wizard-mobile", "0533334444");
        browser.click("#wizard-next");
        browser.type("#wizard-city", "نجران");
        browser.click("#wizard-next");
        browser.type("#wizard-shares", "١٠");
        browser.screenshot("kiosk-application-shares-ar");
        browser.click("#wizard-next");
        browser.find("#wizard-email");
        browser.click("#wizard-next");
        // how to be told: e-mail needs the address he left blank, so a letter printed at the counter
        browser.click("#wizard-channel vaadin-radio-button:nth-of-type(2)");
        browser.click("#wizard-next");
        browser.waitFor(driver -> driver.findElement(By.id("wizard-channel")).getDomAttribute("invalid") != null);
        browser.click("#wizard-channel vaadin-radio-button:nth-of-type(3)");
        browser.click("#wizard-next");
        browser.click("#wizard-item-bylaws_ack");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-documents").getText()).contains("إيصال سداد قيمة الأسهم");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-summary").getText()).contains("Saad Ali Al Salem").contains("١٠")
                .contains("خطاب يُطبع عند الموظف");
        browser.screenshot("kiosk-application-summary-ar");
        browser.click("#wizard-next");
        assertThat(browser.find("#request-reference").getText()).matches("\\d{4}-\\d{6}");
        assertThat(browser.find("#request-next").getText()).contains("لجنة البحث والدراسة");
        browser.screenshot("kiosk-application-acknowledged-ar");
    }

    /**
     * axe-core (WCAG 2.1 A and AA rules) in Chromium over every kiosk screen and state a visitor can reach, in Arabic
     * and in English, at 1080×1920: no serious or critical violation, every touch target at least 48 px, and a
     * screenshot of each screen in each language. The welcome screen is also photographed in landscape.
     */
    @Test
    void everyKioskScreenPassesAxeHasLargeTargetsAndIsPhotographedInBothLanguages() throws InterruptedException {
        List<String> found = Collections.synchronizedList(new ArrayList<>());
        // the two languages side by side, each on a kiosk screen of its own
        Browser.sideBySide(() -> scanEveryScreen(browser, "ar", found), () -> scanEveryScreen(beside, "en", found));
        assertThat(found).isEmpty();
    }

    /** One language's pass over every kiosk screen and state; what axe or the target sizes find goes to {@code found}. */
    private void scanEveryScreen(Browser browser, String language, List<String> found) {
        browser.newSession();
        browser.open(base.toString());
        if (language.equals("en")) {
            browser.click("#language-switch");
            browser.waitFor(driver -> "ltr".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));
        }
        Scan scan = new Scan(browser, language, found);
        scan.screen("#tile-checkin", "welcome");
        if (language.equals("ar")) {
            browser.driver().manage().window().setSize(new Dimension(1920, 1080));
            scan.screen("#tile-checkin", "welcome-landscape");
            browser.driver().manage().window().setSize(new Dimension(1080, 1920));
        }
        browser.click("#tile-checkin");
        scan.screen("#counter-membership", "checkin");
        browser.click("#counter-membership");
        scan.screen("#ticket-number", "ticket");

        browser.open(base + "kiosk/request");
        scan.screen("#type-complaint", "request-types");
        browser.click("#type-complaint");
        browser.click("#wizard-next");
        scan.screen("#wizard-error", "request-privacy");
        browser.click("#wizard-consent");
        browser.click("#wizard-next");
        scan.screen("#wizard-name", "request-name");
        browser.type("#wizard-name", "فاطمة آل منصور");
        browser.click("#wizard-next");
        browser.type("#wizard-mobile", "١٢٣");
        browser.click("#wizard-next");
        browser.waitFor(driver -> driver.findElement(By.id("wizard-mobile")).getAttribute("invalid") != null);
        scan.screen("#wizard-mobile", "request-field-error");
        browser.type("#wizard-mobile", "٠٥٠٠٠٠٣٣٤٤");
        browser.click("#wizard-next");
        browser.type("#wizard-item-complaint_text", "طال الانتظار عند الشباك.");
        scan.screen("#wizard-item-complaint_text", "request-question");
        browser.click("#wizard-next");
        scan.screen("#wizard-documents", "request-documents");
        browser.click("#wizard-next");
        scan.screen("#wizard-summary", "request-summary");
        browser.click("#wizard-next");
        scan.screen("#request-reference", "request-acknowledged");

        browser.open(base + "kiosk/track");
        scan.screen("#track-reference", "track");
        browser.type("#track-reference", ConsoleCases.TRACK);
        browser.type("#track-mobile", "0551234568");
        browser.click("#track-submit");
        browser.waitFor(driver -> driver.findElement(By.id("track-mobile")).getAttribute("invalid") != null);
        scan.screen("#track-mobile", "track-notfound");
        browser.type("#track-mobile", ConsoleCases.MOBILE);
        browser.click("#track-submit");
        scan.screen("#track-decision", "track-result");

        browser.open(base + "kiosk/inquiry");
        scan.screen("#inquiry-name", "inquiry");
        browser.click("#inquiry-submit");
        browser.waitFor(driver -> driver.findElement(By.id("inquiry-consent")).getAttribute("invalid") != null);
        scan.screen("#inquiry-name", "inquiry-errors");
        browser.type("#inquiry-name", "سالم اليامي");
        browser.type("#inquiry-mobile", "0540009988");
        browser.type("#inquiry-question", "متى تُعقد الجمعية العمومية القادمة؟");
        browser.click("#inquiry-consent");
        browser.click("#inquiry-submit");
        scan.screen("#acknowledgement-reference", "inquiry-acknowledged");

        browser.open(base + "kiosk/information");
        scan.screen("#article-FAQ_APPLY", "information");
        browser.click("#article-FAQ_APPLY");
        scan.screen("#article-title", "article");
        browser.click("#article-back");
        browser.type("#info-search", "مواقف السيارات");
        browser.click("#info-search-go");
        scan.screen("#info-ask", "information-nothing-found");

        browser.open(base + "kiosk/rate");
        browser.find("#face-5");
        browser.click("#rating-reply label");
        browser.click("#rating-submit");
        browser.waitFor(driver -> !driver.findElement(By.id("rating-score-error")).getText().isEmpty());
        scan.screen("#rating-name", "rate");
        browser.click("#rating-reply label");
        browser.click("#face-4");
        browser.click("#rating-submit");
        scan.screen("#rating-thanks", "rate-thanks");

        browser.open(base + "kiosk/rate-visit");
        browser.type("#visit-number", "998");
        browser.click("#visit-continue");
        browser.waitFor(driver -> driver.findElement(By.id("visit-number")).getDomAttribute("invalid") != null);
        scan.screen("#visit-number", "rate-visit");

        browser.open(base + "kiosk/volunteer");
        browser.find("#volunteer-name");
        browser.click("#volunteer-submit");
        browser.waitFor(driver -> driver.findElement(By.id("volunteer-consent")).getDomAttribute("invalid") != null);
        scan.screen("#volunteer-name", "volunteer");
        browser.type("#volunteer-name", "ناصر آل حارث");
        browser.type("#volunteer-mobile", "0551239876");
        browser.click("#volunteer-interests vaadin-checkbox:nth-of-type(2)");
        browser.click("#volunteer-days vaadin-checkbox:nth-of-type(2)");
        browser.click("#volunteer-times vaadin-checkbox:nth-of-type(2)");
        browser.click("#volunteer-consent");
        browser.click("#volunteer-submit");
        scan.screen("#volunteer-confirmation", "volunteer-confirmed");
    }

    /**
     * The receipt printer's view of the screen: only the printable part, no header or buttons, no wider than the
     * 80 mm roll; photographed in that state.
     */
    private static void asPrinted(String printable, String button, String name) {
        browser.emulatePrint(true);
        try {
            browser.waitFor(driver -> !driver.findElement(By.cssSelector(button)).isDisplayed());
            assertThat(browser.driver().findElement(By.cssSelector(".kiosk-header")).isDisplayed()).isFalse();
            assertThat(browser.find(printable).getRect().getWidth()).as("72 mm of an 80 mm roll").isLessThanOrEqualTo(280);
            browser.screenshot(name);
        } finally {
            browser.emulatePrint(false);
        }
    }

    /** One language's pass over the screens: each is checked by axe and for target sizes, then photographed. */
    private record Scan(Browser browser, String language, List<String> found) {

        void screen(String proof, String name) {
            browser.find(proof);
            String screen = name + "-" + language;
            // the kiosk has no frames, so axe runs in the page itself ("legacy mode", the same rules and result),
            // not in a blank window it would open, load axe into again and close for every screen
            assertThat(browser.driver().findElements(By.tagName("iframe"))).as(screen + ": frames").isEmpty();
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .setLegacyMode(true).analyze(browser.driver());
            results.getViolations().stream()
                    .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                    .map(rule -> screen + ": " + rule.getId() + " (" + rule.getImpact() + ") at "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                    .forEach(found::add);
            Object small = ((JavascriptExecutor) browser.driver()).executeScript(SMALL_TARGETS);
            if (small instanceof List<?> targets && !targets.isEmpty()) {
                found.add(screen + ": targets under 48 px " + targets);
            }
            browser.screenshot("kiosk-" + screen);
        }
    }

    /** Visible things a finger taps that are less than 48 CSS pixels high or wide. */
    private static final String SMALL_TARGETS = """
            return [...document.querySelectorAll('vaadin-button, button, a[href], vaadin-checkbox, vaadin-radio-button,'
                + ' vaadin-text-field, vaadin-text-area')]
              .filter(e => e.offsetParent !== null && !e.closest('[hidden]'))
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.width > 0 && (r.height < 48 || r.width < 48))
              .map(([e, r]) => (e.id || e.tagName.toLowerCase() + '.' + e.className) + ' ' + Math.round(r.width)
                + 'x' + Math.round(r.height));""";
}
