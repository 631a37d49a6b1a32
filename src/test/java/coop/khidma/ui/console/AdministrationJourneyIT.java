package coop.khidma.ui.console;

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
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration in Chromium as an administrator: a new request type and checklist item the next kiosk visitor is
 * asked for; a person invited with a one-time password who must change it, then signed out everywhere by the
 * administrator; a CSV export whose Arabic survives; an unregistered kiosk device refused, then enrolled with its
 * one-time link and let in, then revoked. Screenshots of every administration view in Arabic and English.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class AdministrationJourneyIT {

    /** Each administration view and the element that proves it opened. */
    static final Map<String, String> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("console/admin/users", "#users");
        VIEWS.put("console/admin/request-types", "#request-types");
        VIEWS.put("console/admin/settings", "#settings-ladder");
        VIEWS.put("console/admin/kiosks", "#kiosk-devices");
        VIEWS.put("console/admin/audit", "#audit");
        VIEWS.put("console/admin/assembly", "#assembly-rules");
    }

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1440, 960);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdminAddsAChecklistItemAndTheNextKioskApplicationAsksForIt() {
        signIn(browser, "admin1", ConsoleStaff.PASSWORD);
        browser.open(base + "console/admin/request-types");
        browser.click("#type-define");
        browser.type("#type-name-ar", "حجز قاعة الجمعية");
        browser.type("#type-name-en", "Hall booking");
        browser.type("#first-label-ar", "الغرض من الحجز");
        browser.type("#first-label-en", "Purpose of the booking");
        browser.click("#type-save");
        browser.waitFor(driver -> driver.findElement(By.id("type-title")).getText().contains("حجز قاعة الجمعية"));

        browser.type("#item-label-ar", "عدد الحضور");
        browser.click("#item-add");
        browser.waitFor(driver -> driver.findElement(By.id("item-label-en")).getAttribute("invalid") != null);
        assertThat(browser.find("#item-label-en [slot='error-message']").getText()).contains("بالإنجليزية");
        browser.type("#item-label-en", "Number of guests");
        browser.click("#item-add");
        browser.find("#item-up-number_of_guests");
        browser.click("#item-up-number_of_guests");
        browser.waitFor(driver -> checklist(driver).indexOf("عدد الحضور") < checklist(driver).indexOf("الغرض من الحجز"));
        browser.screenshot("admin-request-type-checklist-ar");

        browser.newSession();
        browser.open(base + "kiosk/request");
        browser.click("#type-hall-booking");
        browser.click("#wizard-consent");
        browser.click("#wizard-next");
        browser.type("#wizard-name", "نورة آل منصور");
        browser.click("#wizard-next");
        browser.type("#wizard-mobile", "٠٥٠٠٠٠٣٣٤٤");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-item-number_of_guests").getText()).contains("عدد الحضور");
        browser.screenshot("admin-kiosk-asks-new-item-ar");
        browser.type("#wizard-item-number_of_guests", "٤٠");
        browser.click("#wizard-next");
        browser.type("#wizard-item-purpose_of_the_booking", "لقاء الجمعية العمومية");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-summary").getText()).contains("عدد الحضور").contains("لقاء الجمعية العمومية");
        browser.click("#wizard-next");
        assertThat(browser.find("#request-reference").getText()).matches("\\d{4}-\\d{6}");
    }

    @Test
    void anInvitedPersonSignsInWithTheOneTimePasswordMustChangeItAndCanBeSignedOutEverywhere() {
        signIn(browser, "admin1", ConsoleStaff.PASSWORD);
        browser.open(base + "console/admin/users");
        browser.click("#users-invite");
        browser.type("#invite-username", "Reem.Staff");
        browser.type("#invite-display-name", "ريم الشهري");
        browser.click("#invite-save");
        String oneTimePassword = browser.find("#one-time-password").getText();
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(10);
        browser.screenshot("admin-users-one-time-password-ar");
        browser.click("#one-time-password-close");
        browser.waitFor(driver -> grid(driver, "#users").contains("reem.staff"));
        assertThat(browser.find("#sign-in-locks").getText()).contains("لا يوجد الآن اسم مستخدم أو عنوان مقفل");
        assertThat(grid(browser.driver(), "#users")).contains("يجب تغيير كلمة المرور المؤقتة");

        try (Browser person = new Browser(1280, 900)) {
            signIn(person, "reem.staff", oneTimePassword);
            person.find("#password-new");
            assertThat(person.driver().getCurrentUrl()).contains("console/password");
            person.open(base + "console/inbox");
            person.find("#password-new");
            person.open(base + "console/print/letter?reference=" + ConsoleCases.MATRIX);
            person.find("#password-new"); // print pages too, outside the console's frame
            person.type("#password-current", oneTimePassword);
            person.type("#password-new", "password1234");
            person.type("#password-repeat", "password1234");
            person.click("#password-save");
            assertThat(person.find("#password-new [slot='error-message']")
                    .getText()).contains("قوائم الاختراق");
            person.type("#password-new", "Reem-Own-2026");
            person.type("#password-repeat", "Reem-Own-2026");
            person.click("#password-save");
            person.find("#home");
            person.open(base + "console/inbox");
            person.find("#inbox");

            browser.open(base + "console/admin/users");
            browser.click("#user-logout-reem\\.staff");
            browser.find("vaadin-notification-card");
            person.open(base + "console/inbox");
            person.waitFor(driver -> driver.getCurrentUrl().contains("console/login"));
            assertThat(person.driver().findElements(By.id("inbox"))).isEmpty();
            signIn(person, "reem.staff", "Reem-Own-2026");
            person.find("#home");
        }
    }

    @Test
    void aCsvExportOpensWithItsArabicIntact() {
        signIn(browser, "admin1", ConsoleStaff.PASSWORD);
        browser.open(base + "console/admin/users");
        byte[] users = browser.download("#users-csv", "text/csv");
        assertThat(Arrays.copyOf(users, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(users, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("اسم المستخدم,الاسم,الأدوار");
        assertThat(text).contains("admin1,موظف admin (admin1),مدير النظام");

        browser.open(base + "console/inbox");
        browser.find("#inbox");
        String inbox = new String(browser.download("#inbox-csv", "text/csv"), StandardCharsets.UTF_8);
        assertThat(inbox).startsWith("\uFEFFرقم الطلب").contains("\r\n");

        browser.open(base + "console/admin/audit");
        browser.type("#audit-subject", "users");
        browser.waitFor(driver -> grid(driver, "#audit").contains("EXPORT"));
        assertThat(grid(browser.driver(), "#audit")).contains("admin1").contains("csv");
        browser.click("#audit-chain-verify");
        browser.waitFor(driver -> driver.findElement(By.id("audit-chain-result")).getText().startsWith("السلسلة سليمة"));
        assertThat(browser.textOf("#audit-chain-result")).matches("السلسلة سليمة: فُحص \\d+ قيدًا حتى القيد \\d+\\.");
    }

    @Test
    void anUnregisteredKioskIsRefusedAndAnEnrolledOneLetIn() {
        Browser kiosk = new Browser(1080, 1400);
        try {
            kiosk.asKioskDevice(false);
            kiosk.open(base.toString());
            assertThat(kiosk.find("#kiosk-unregistered").getText()).contains("ليس جهاز خدمة ذاتية مسجلًا");
            assertThat(kiosk.driver().findElements(By.id("tile-checkin"))).isEmpty();
            kiosk.screenshot("admin-kiosk-unregistered-ar");
            kiosk.click("#language-switch");
            kiosk.waitFor(driver -> driver.findElement(By.id("kiosk-unregistered")).getText().contains("not a registered"));
            kiosk.screenshot("admin-kiosk-unregistered-en");

            signIn(browser, "admin1", ConsoleStaff.PASSWORD);
            browser.open(base + "console/admin/kiosks");
            browser.type("#kiosk-name", "جهاز قاعة الانتظار");
            browser.click("#kiosk-register");
            String link = browser.find("#kiosk-enrolment-link").getText();
            assertThat(link).contains("/kiosk/enrol/");
            browser.screenshot("admin-kiosk-enrolment-ar");
            browser.click("#kiosk-enrolment-close");

            kiosk.open(base.getProtocol() + "://" + base.getAuthority() + link);
            assertThat(kiosk.find("#kiosk-enrolled").getText()).isNotBlank();
            kiosk.click("#kiosk-enrol-start");
            kiosk.find("#tile-checkin");
            kiosk.open(base + "kiosk/request");
            kiosk.find("#type-support");

            kiosk.open(base.getProtocol() + "://" + base.getAuthority() + link);
            kiosk.find("#kiosk-enrol-failed");

            browser.open(base + "console/admin/kiosks");
            browser.waitFor(driver -> grid(driver, "#kiosk-devices").contains("جهاز قاعة الانتظار"));
            String revoke = browser.driver().findElements(By.cssSelector("[id^='kiosk-revoke-']")).stream()
                    .map(button -> button.getAttribute("id")).max((a, b) -> Long.compare(number(a), number(b)))
                    .orElseThrow();
            browser.click("#" + revoke);
            browser.waitFor(driver -> grid(driver, "#kiosk-devices").contains("ملغى"));
            kiosk.open(base.toString());
            kiosk.find("#kiosk-unregistered");
        } finally {
            kiosk.close();
        }
    }

    @Test
    void everyAdministrationViewInArabicAndEnglish() {
        signIn(browser, "admin1", ConsoleStaff.PASSWORD);
        VIEWS.forEach((path, proof) -> {
            browser.open(base + path);
            browser.find(proof);
            browser.screenshot(name(path) + "-ar");
        });
        browser.click("#language-switch");
        browser.waitFor(driver -> "ltr".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));
        VIEWS.forEach((path, proof) -> {
            browser.open(base + path);
            browser.find(proof);
            browser.screenshot(name(path) + "-en");
        });
        browser.open(base + "console/admin/settings");
        browser.type("#window-ceiling", "٥");
        browser.click("#window-save");
        browser.waitFor(driver -> driver.findElement(By.id("window-ceiling")).getAttribute("invalid") != null);
        assertThat(browser.find("#window-ceiling [slot='error-message']").getText()).contains("5");
        browser.screenshot("admin-settings-error-en");
        browser.type("#ladder-supervisor", "٦١");
        browser.click("#ladder-save-supervisor");
        browser.waitFor(driver -> driver.findElement(By.id("ladder-supervisor")).getAttribute("invalid") != null);
        assertThat(browser.find("#ladder-supervisor [slot='error-message']").getText()).contains("working days")
                .contains("60");
        browser.open(base + "console/admin/assembly");
        assertThat(browser.find("#assembly-rules-notice").getText()).containsAnyOf("placeholders", "confirmed");
        browser.type("#rules-first-quorum", "١٠١");
        browser.click("#rules-save");
        browser.waitFor(driver -> driver.findElement(By.id("rules-first-quorum")).getAttribute("invalid") != null);
        assertThat(browser.find("#rules-first-quorum [slot='error-message']").getText()).contains("between 1 and 100");
        browser.click("#language-switch");
        browser.waitFor(driver -> "rtl".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));
    }

    private static String name(String path) {
        return "admin-" + path.substring("console/admin/".length());
    }

    private static long number(String id) {
        return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    }

    private void signIn(Browser who, String username, String password) {
        who.signIn(base.toString(), username, password);
    }

    private static String checklist(WebDriver driver) {
        return grid(driver, "#type-checklist");
    }

    private static String grid(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css + " vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText()).collect(Collectors.joining(" | "));
    }

}
