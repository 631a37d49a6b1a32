package coop.khidma.ui.kiosk;

import coop.khidma.support.Browser;
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

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton end to end in a real browser: a visitor asks a question at the Arabic kiosk, a staff
 * member signs in to the console for the first time, sets their own password and finds the question in the inbox.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class InquiryJourneyIT {

    private static final String ADMIN_ONE_TIME_PASSWORD = System.getenv("KHIDMA_ADMIN_PASSWORD");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1080, 1920);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndIsNeverCached() throws Exception {
        for (String page : new String[]{"", "console/login"}) {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(base.toURI().resolve(page)).build(), HttpResponse.BodyHandlers.discarding());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("frame-ancestors 'none'", "default-src 'self'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void theKioskSpeaksEnglishOnRequestAndForgetsTheVisitorWhenIdle() {
        browser.newSession();
        browser.open(base.toString());
        assertThat(browser.find("#tile-inquiry").getText()).contains("اطرح سؤالاً");
        browser.click("#language-switch");
        browser.waitFor(driver -> driver.findElement(By.cssSelector("#tile-inquiry")).getText().contains("Ask a question"));
        assertThat(browser.attribute("html", "dir")).isEqualTo("ltr");
        browser.screenshot("kiosk-welcome-en");

        browser.click("#tile-inquiry");
        browser.type("#inquiry-name", "Visitor who walked away");
        long walkedAway = System.nanoTime();
        browser.waitFor(driver -> driver.findElements(By.cssSelector("#inquiry-name")).isEmpty()
                && !driver.findElements(By.cssSelector("#tile-inquiry")).isEmpty());

        assertThat(System.nanoTime() - walkedAway).isGreaterThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(9));
        assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
        assertThat(browser.find("#tile-inquiry").getText()).contains("اطرح سؤالاً");
        browser.open(base + "kiosk/inquiry");
        assertThat(browser.find("#inquiry-name input").getAttribute("value")).isEmpty();
    }

    @Test
    void aVisitorAsksAtTheKioskAndStaffFindTheQuestionInTheInbox() {
        browser.newSession();
        browser.open(base + "kiosk/inquiry");
        browser.find("#inquiry-name");
        assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
        assertThat(browser.attribute("html", "lang")).isEqualTo("ar");
        assertThat(browser.find("#inquiry-submit").getText()).isEqualTo("أرسل سؤالي");
        assertThat(browser.find("#inquiry-notice-version").getText()).isEqualTo("إشعار الخصوصية، الإصدار 2026-12");

        browser.type("#inquiry-name", "نورة القحطاني");
        browser.type("#inquiry-mobile", "٠٤١٢٣٤٥٦٧٨");
        browser.type("#inquiry-question", "كيف أحدّث رقم جوالي المسجل لدى الجمعية؟");
        browser.click("#inquiry-submit");
        browser.waitFor(driver -> driver.findElement(By.id("inquiry-mobile")).getAttribute("invalid") != null);
        assertThat(browser.find("#inquiry-mobile [slot='error-message']").getText())
                .isEqualTo("رقم الجوال غير صحيح، يرجى إدخال رقم جوال سعودي من عشرة أرقام يبدأ بـ ٠٥.");
        assertThat(browser.attribute("#inquiry-consent", "invalid")).isNotNull();
        browser.screenshot("kiosk-inquiry-errors-ar");

        browser.type("#inquiry-mobile", "٠٥٤٠٠٠١٢٣٤");
        browser.click("#inquiry-consent");
        browser.click("#inquiry-submit");
        String reference = browser.find("#acknowledgement-reference").getText();
        assertThat(reference).matches("\\d{4}-\\d{6}");
        assertThat(browser.find("#acknowledgement").getText()).contains("هـ");
        browser.screenshot("kiosk-inquiry-acknowledged-ar");

        browser.newSession();
        browser.open(base + "console");
        browser.waitFor(driver -> driver.getCurrentUrl().contains("console/login"));
        browser.type("vaadin-login-form vaadin-text-field[name='username']", "admin");
        browser.type("vaadin-login-form vaadin-password-field[name='password']", ADMIN_ONE_TIME_PASSWORD);
        browser.screenshot("console-login-ar");
        browser.click("vaadin-login-form vaadin-button[slot='submit']");

        browser.type("#password-current", ADMIN_ONE_TIME_PASSWORD);
        browser.type("#password-new", "Najran-Khidma-2026");
        browser.type("#password-repeat", "Najran-Khidma-2026");
        browser.click("#password-save");
        browser.find("#home");
        browser.open(base + "console/inbox");

        browser.waitFor(driver -> driver.findElements(By.cssSelector("#inbox vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().equals(reference)));
        assertThat(browser.find("#signed-in-as").getText()).contains("Administrator");
        browser.screenshot("console-inbox-ar");
    }
}
