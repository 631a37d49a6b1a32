package coop.khidma.ui.console;

import coop.khidma.platform.i18n.Digits;
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
import org.openqa.selenium.WebDriver;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy pages in Chromium: an administrator changes a retention period (a wrong one is refused at the field),
 * records a breach and sees its 72-hour clock stop when the authority is notified; a staff member opens a verified
 * request for a copy of the requester's data, downloads it and finds it in Arabic and in English. Screenshots in both
 * languages.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class PrivacyJourneyIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1440, 1100);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorChangesARetentionPeriod() {
        signIn("admin1");
        browser.click("#menu-privacy-retention");
        browser.find("#retention");
        browser.waitFor(driver -> cells(driver, "#retention").contains("الرسائل المرسلة"));
        browser.choose("#retention-category", "الرسائل المرسلة");
        browser.waitFor(driver -> Digits.toAscii(value(driver, "#retention-days")).equals("365"));

        browser.type("#retention-days", "١٠");
        browser.click("#retention-save");
        browser.waitFor(driver -> driver.findElement(By.id("retention-days")).getAttribute("invalid") != null);
        assertThat(browser.find("#retention-days [slot='error-message']").getText()).contains("مدة الاحتفاظ");
        browser.screenshot("console-privacy-retention-error-ar");

        browser.type("#retention-days", "٤٠٠");
        browser.click("#retention-save");
        assertThat(Digits.toAscii(browser.find("vaadin-notification-card").getText())).contains("400");
        browser.waitFor(driver -> Digits.toAscii(cells(driver, "#retention")).contains("400"));
        assertThat(cells(browser.driver(), "#retention")).contains("admin1");
        browser.screenshot("console-privacy-retention-ar");
        var schedule = browser.csv("#retention-csv");
        assertThat(schedule.get(0)).isEqualTo("الفئة,ما الذي يُجهَّل,مدة الاحتفاظ (بالأيام),المدة الافتراضية,آخر تعديل");
        assertThat(schedule).anySatisfy(line -> assertThat(line).startsWith("الرسائل المرسلة,")
                .contains(",400,365,admin1 — "));

        switchLanguage("Data retention", "h2");
        browser.waitFor(driver -> cells(driver, "#retention").contains("Messages sent"));
        assertThat(cells(browser.driver(), "#retention")).contains("400 days");
        browser.screenshot("console-privacy-retention-en");
        browser.choose("#retention-category", "Messages sent");
        browser.type("#retention-days", "365");
        browser.click("#retention-save");
        browser.waitFor(driver -> !cells(driver, "#retention").contains("400 days"));
    }

    @Test
    void anAdministratorRecordsABreachAndWatchesItsClock() {
        signIn("admin1");
        browser.click("#menu-privacy-breaches");
        browser.find("#breach-summary");
        browser.click("#breach-record");
        browser.waitFor(driver -> driver.findElement(By.id("breach-summary")).getAttribute("invalid") != null);
        assertThat(browser.find("#breach-summary [slot='error-message']").getText()).contains("صِف ما حدث");

        browser.type("#breach-summary", "أُرسل كشف بأسماء المتقدمين إلى بريد إلكتروني خاطئ");
        browser.type("#breach-categories", "الأسماء وأرقام الجوالات");
        browser.type("#breach-people", "٣٤");
        browser.type("#breach-measures", "طُلب من المستلم حذف الرسالة وأكد حذفها");
        browser.click("#breach-record");
        browser.waitFor(driver -> cells(driver, "#breaches").contains("بريد إلكتروني خاطئ"));
        String clock = browser.find("#breaches [id^='breach-clock-']").getText();
        assertThat(clock).startsWith("بقي");
        assertThat(Digits.toAscii(clock)).matches("بقي (71|72) ساعة و\\d+ دقيقة");
        assertThat(Digits.toAscii(cells(browser.driver(), "#breaches"))).contains("34");
        browser.screenshot("console-privacy-breach-ar");

        browser.click("#breaches [id^='breach-notify-authority-']");
        browser.waitFor(driver -> cells(driver, "#breaches").contains("أُبلغت الجهة خلال"));
        assertThat(browser.driver().findElements(By.cssSelector("#breaches [id^='breach-authority-at-']"))).isNotEmpty();
        browser.screenshot("console-privacy-breach-notified-ar");
        var log = browser.csv("#breaches-csv");
        assertThat(log.get(0)).isEqualTo("وقت الاكتشاف,ما الذي حدث,البيانات المعنية,عدد المتأثرين (تقريبًا),"
                + "آخر موعد لإبلاغ الجهة المختصة,حالة المهلة,إبلاغ الجهة المختصة,إبلاغ المتأثرين");
        assertThat(log).anySatisfy(line -> assertThat(line)
                .contains(",أُرسل كشف بأسماء المتقدمين إلى بريد إلكتروني خاطئ,الأسماء وأرقام الجوالات,34,")
                .contains(",أُبلغت الجهة خلال ٧٢ ساعة,"));
        assertThat(String.join("\n", log)).as("the measures stay off the export as off the grid")
                .doesNotContain("طُلب من المستلم حذف الرسالة");

        switchLanguage("Personal data breaches", "h2");
        browser.waitFor(driver -> cells(driver, "#breaches").contains("Notified within 72 hours"));
        browser.screenshot("console-privacy-breach-en");
    }

    @Test
    void staffDownloadTheCopyOfAPersonsDataInArabicAndEnglish() {
        signIn("staff1");
        browser.click("#menu-privacy-subject");
        browser.type("#subject-reference", "JT-NOT-THERE");
        browser.click("#subject-open");
        browser.waitFor(driver -> driver.findElement(By.id("subject-reference")).getAttribute("invalid") != null);

        browser.type("#subject-reference", ConsoleCases.EXPORT);
        browser.click("#subject-open");
        assertThat(browser.find("#subject-type").getText()).isEqualTo("طلب نسخة من البيانات الشخصية");
        assertThat(browser.find("#subject-requester").getText()).isEqualTo("لطيفة بنت سالم آل عباس");
        browser.screenshot("console-privacy-subject-ar");
        browser.type("#subject-national-id", "1234567897");
        browser.click("#subject-preview");
        assertThat(browser.find("#subject-preview-mobile").getText()).as("a mobile not held with the ID finds nothing")
                .isEqualTo("جوال الطلب غير محفوظ مع رقم الهوية هذا في أي سجل: لا تُشمل السجلات المحفوظة بذلك الجوال وحده.");
        assertThat(browser.find("#subject-preview-records").getText()).contains(ConsoleCases.EXPORT);
        browser.click("#subject-export");
        String href = browser.find("#subject-download").getAttribute("href");
        browser.screenshot("console-privacy-export-ar");

        String page = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
        assertThat(page).contains("<section lang=\"ar\" dir=\"rtl\">", "<section lang=\"en\" dir=\"ltr\">",
                "بياناتك الشخصية لدى الجمعية التعاونية السياحية بنجران",
                "Your personal data at the Tourism Cooperative Association in Najran",
                "لطيفة بنت سالم آل عباس", "+966557654321", ConsoleCases.EXPORT,
                "طلب نسخة من البيانات الشخصية", "Copy of my personal data");
        assertThat(page.indexOf("الطلبات")).isLessThan(page.indexOf("Requests"));

        switchLanguage("Data subject rights", "h2");
        browser.type("#subject-reference", ConsoleCases.EXPORT);
        browser.click("#subject-open");
        browser.waitFor(driver -> driver.findElement(By.id("subject-status")).getText().equals("Resolved"));
        browser.screenshot("console-privacy-subject-en");
    }

    private void signIn(String username) {
        browser.signInToConsole(base, username, ConsoleStaff.PASSWORD);
    }

    private void switchLanguage(String expected, String css) {
        browser.click("#language-switch");
        browser.waitFor(driver -> driver.findElement(By.cssSelector(css)).getText().contains(expected));
    }


    private static String value(WebDriver driver, String fieldCss) {
        return driver.findElement(By.cssSelector(fieldCss + " input")).getAttribute("value");
    }

    private static String cells(WebDriver driver, String gridCss) {
        StringBuilder text = new StringBuilder();
        driver.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content"))
                .forEach(cell -> text.append(cell.getText()).append('\n'));
        return text.toString();
    }
}
