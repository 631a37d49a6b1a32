package coop.khidma.ui.console;

import coop.khidma.support.Browser;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A counter visit end to end in Chromium: a visitor takes a ticket at the kiosk, a staff member names their desk in
 * the reception queue and calls the next visitor, the office TV's "now serving" screen shows the number and the desk
 * (and drops it by itself once the visit is closed), the visit is marked served, and the visitor rates it at the
 * kiosk — once, without the ticket, the desk or the employee kept with the rating. From the called ticket a request
 * is opened for the visitor (by the help-request service): the request page shows the ticket's number and the
 * articles about its type, and the queue shows the request's reference. Arabic first, then English.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class ReceptionJourneyIT {

    private static final String DESK = "مكتب ٣";

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
    void aTicketIsCalledShownOnTheTvServedAndThenRatedAtTheKiosk() {
        browser.newSession();
        browser.open(base + "kiosk/check-in");
        browser.click("#counter-inquiries");
        String ticket = browser.find("#ticket-number").getText();
        assertThat(ticket).matches("C-\\d{3}");

        browser.signInToConsole(base, "staff1", ConsoleStaff.PASSWORD);
        browser.click("#menu-queue");
        browser.find("#queue-grid");
        browser.click("#queue-call-C");
        browser.waitFor(driver -> driver.findElement(By.id("queue-desk")).getDomAttribute("invalid") != null);
        assertThat(browser.find("#queue-desk [slot='error-message']").getText()).contains("اسم المكتب");
        browser.type("#queue-desk", DESK);
        callUntil(ticket);
        assertThat(browser.find("#queue-current").getText()).contains(DESK);
        assertThat(browser.find("#queue-figures-C").getText()).contains("متوسط الانتظار اليوم");
        browser.screenshot("console-queue-ar");

        // The called ticket leads to the work: a request for this visitor, who came by the help-request service.
        browser.click("#queue-current-open-request");
        assertThat(browser.find("#register-note").getText()).contains(ticket);
        assertThat(browser.find("#register-channel input").getAttribute("value")).isEqualTo("مقابلة شخصية");
        browser.choose("#register-channel", "خدمة طلب المساعدة");
        browser.choose("#register-type", "شكوى");
        browser.type("#register-name", "سارة بنت حمد آل مشيط");
        browser.type("#register-mobile", "0551239876");
        browser.click("#register-save");
        assertThat(browser.find("#request-ticket").getText()).isEqualTo(ticket);
        assertThat(browser.find("#request-channel").getText()).isEqualTo("خدمة طلب المساعدة");
        String reference = browser.driver().getCurrentUrl().replaceAll(".*/", "");
        assertThat(reference).matches("\\d{4}-\\d{6}");
        browser.screenshot("console-request-from-ticket-ar");
        browser.click("#request-article-GUIDE_STEPS");
        assertThat(browser.find("#article-page-title").getText()).isNotBlank();
        browser.open(base + "console/queue");
        assertThat(browser.find("#queue-current-request").getText()).as("the visitor is still at the desk")
                .isEqualTo(reference);

        String console = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.driver().manage().window().setSize(new Dimension(1920, 1080));
        browser.open(base + "display/now-serving");
        assertThat(browser.find("#now-serving-" + ticket).getText()).contains(ticket).contains(DESK);
        assertThat(browser.find("#now-serving").getText()).contains("يُخدم الآن").contains("Now serving");
        browser.screenshot("display-now-serving");
        String tv = browser.driver().getWindowHandle();

        browser.driver().switchTo().window(console);
        browser.click("#queue-current-served");
        browser.waitFor(driver -> !driver.findElement(By.id("queue-current")).isDisplayed());
        browser.driver().switchTo().window(tv);
        browser.waitFor(driver -> driver.findElements(By.id("now-serving-" + ticket)).isEmpty());
        browser.driver().close();
        browser.driver().switchTo().window(console);
        var queue = browser.csv("#queue-csv");
        assertThat(queue.get(0)).isEqualTo("التذكرة,الخدمة,الحالة,المكتب,وقت الأخذ,وقت النداء,مدة الانتظار,الطلب");
        assertThat(queue).anySatisfy(line -> assertThat(line)
                .startsWith(ticket + ",الاستفسارات والشكاوى,خُدم," + DESK + ",").endsWith("دقيقة," + reference));

        browser.click("#language-switch");
        browser.waitFor(driver -> driver.findElement(By.id("queue-call-C")).getText().contains("Call next"));
        assertThat(browser.find("#queue-desk input").getAttribute("value")).as("the desk is remembered").isEqualTo(DESK);
        assertThat(browser.find("#queue-figures-C").getText()).contains("Average service time today");
        browser.screenshot("console-queue-en");

        String number = String.valueOf(Integer.parseInt(ticket.substring(2)));
        browser.newSession();
        browser.driver().manage().window().setSize(new Dimension(1080, 1920));
        browser.open(base + "kiosk/check-in");
        browser.click("#checkin-rate-visit");
        browser.click("#visit-service vaadin-radio-button:nth-of-type(3)");
        browser.waitFor(driver -> "numeric".equals(driver.findElement(By.cssSelector("#visit-number input"))
                .getDomAttribute("inputmode")));
        browser.type("#visit-number", "999");
        browser.click("#visit-continue");
        browser.waitFor(driver -> driver.findElement(By.id("visit-number")).getDomAttribute("invalid") != null);
        assertThat(browser.find("#visit-number [slot='error-message']").getText()).contains("لم نجد تذكرة");
        browser.screenshot("kiosk-rate-visit-ar");
        browser.type("#visit-number", arabicDigits(number));
        browser.click("#visit-continue");
        assertThat(browser.find("#visit-service-rated").getText()).contains("الاستفسارات");
        assertThat(browser.driver().findElements(By.cssSelector("#rating-reply"))).allMatch(box -> !box.isDisplayed());
        browser.click("#face-5");
        browser.type("#rating-text", "استقبال لطيف وسريع");
        browser.screenshot("kiosk-rate-visit-faces-ar");
        browser.click("#rating-submit");
        assertThat(browser.find("#rating-thanks").getText()).contains("شكرًا لك");

        browser.newSession();
        browser.open(base + "kiosk/rate-visit");
        browser.click("#language-switch");
        browser.waitFor(driver -> driver.findElement(By.id("visit-continue")).getText().contains("Continue"));
        browser.click("#visit-service vaadin-radio-button:nth-of-type(3)");
        browser.type("#visit-number", number);
        browser.click("#visit-continue");
        browser.click("#face-4");
        browser.screenshot("kiosk-rate-visit-en");
        browser.click("#rating-submit");
        browser.waitFor(driver -> notified(driver, "already been rated"));
        assertThat(browser.driver().findElements(By.id("rating-thanks"))).isEmpty();
    }

    /** Calls the next visitor of the inquiries line until {@code ticket} comes up; earlier tickets did not come. */
    private static void callUntil(String ticket) {
        for (int call = 0; call < 50; call++) {
            browser.click("#queue-call-C");
            String called = browser.waitFor(driver -> {
                var current = driver.findElements(By.id("queue-current-number"));
                return current.isEmpty() || !current.get(0).isDisplayed() ? null : current.get(0).getText();
            });
            if (called.equals(ticket)) {
                return;
            }
            browser.click("#queue-current-noshow");
            browser.waitFor(driver -> !driver.findElement(By.id("queue-current")).isDisplayed());
        }
        throw new AssertionError(ticket + " was never called");
    }

    private static String arabicDigits(String digits) {
        StringBuilder arabic = new StringBuilder();
        digits.chars().forEach(digit -> arabic.append((char) ('٠' + digit - '0')));
        return arabic.toString();
    }

    private static boolean notified(WebDriver driver, String text) {
        return driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains(text));
    }
}
