package coop.khidma.ui.kiosk;

import coop.khidma.support.Browser;
import coop.khidma.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk's journeys in a real browser, as a visitor taps through them: check in for the counter and get a
 * ticket, follow a request up, and the idle reset that leaves nothing for the next visitor — in Arabic and in
 * English, with a screenshot of every screen in both languages.
 */
@ExtendWith(ArquillianExtension.class)
class KioskJourneyIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.asBuilt();
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
        assertThat(browser.find("#wizard-summary").getText()).contains("منى الصيعري").contains("تكاليف علاج");
        browser.screenshot("kiosk-request-summary-ar");
        browser.click("#wizard-next");

        assertThat(browser.find("#request-reference").getText()).matches("\\d{4}-\\d{6}");
        assertThat(browser.find("#request-next").getText()).contains("لجنة البحث والدراسة").contains("هـ");
        assertThat(browser.find("#request-print").isDisplayed()).isTrue();
        browser.screenshot("kiosk-request-acknowledged-ar");
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
        browser.click("#wizard-item-bylaws_ack");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-documents").getText()).contains("إيصال سداد قيمة الأسهم");
        browser.click("#wizard-next");
        assertThat(browser.find("#wizard-summary").getText()).contains("Saad Ali Al Salem").contains("١٠");
        browser.screenshot("kiosk-application-summary-ar");
        browser.click("#wizard-next");
        assertThat(browser.find("#request-reference").getText()).matches("\\d{4}-\\d{6}");
        assertThat(browser.find("#request-next").getText()).contains("لجنة البحث والدراسة");
        browser.screenshot("kiosk-application-acknowledged-ar");
    }

    /** axe-core in Chromium over every kiosk screen, in both languages: no serious or critical violation. */
    @Test
    void everyKioskScreenPassesAxeWithoutSeriousOrCriticalViolations() {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (String language : java.util.List.of("ar", "en")) {
            browser.newSession();
            browser.open(base.toString());
            if (language.equals("en")) {
                browser.click("#language-switch");
                browser.waitFor(driver -> "ltr".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));
            }
            browser.find("#tile-checkin");
            found.addAll(axe(language + " welcome"));
            browser.click("#tile-checkin");
            browser.find("#counter-membership");
            found.addAll(axe(language + " check-in"));
            browser.click("#counter-membership");
            browser.find("#ticket-number");
            found.addAll(axe(language + " ticket"));
            browser.open(base + "kiosk/request");
            browser.find("#type-certificate");
            found.addAll(axe(language + " request types"));
            browser.click("#type-certificate");
            browser.find("#wizard-consent");
            found.addAll(axe(language + " request privacy"));
            browser.click("#wizard-consent");
            browser.click("#wizard-next");
            browser.find("#wizard-name");
            found.addAll(axe(language + " request question"));
            browser.open(base + "kiosk/track");
            browser.find("#track-reference");
            found.addAll(axe(language + " track"));
            browser.open(base + "kiosk/inquiry");
            browser.find("#inquiry-name");
            found.addAll(axe(language + " inquiry"));
        }
        assertThat(found).isEmpty();
    }

    private static java.util.List<String> axe(String screen) {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .analyze(browser.driver());
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> screen + ": " + rule.getId() + " (" + rule.getImpact() + ") at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }
}
