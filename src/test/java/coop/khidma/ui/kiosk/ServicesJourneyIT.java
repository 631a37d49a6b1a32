package coop.khidma.ui.kiosk;

import coop.khidma.satisfaction.control.RatingCode;
import coop.khidma.support.Browser;
import coop.khidma.support.Deployments;
import coop.khidma.support.ItDatabase;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk's self-services in a real browser, Arabic first and then in English: reading and searching the bylaws,
 * the policy guide and the FAQ; rating the service with a suggestion and a thank-you; signing up as a volunteer.
 * Screenshots of every screen in both languages land in target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class ServicesJourneyIT {

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

    // ---- information --------------------------------------------------------------------------------------------

    @Test
    void aVisitorBrowsesThePolicyGuideAndFindsAnswersWhateverTheSpellingInArabic() {
        browser.newSession();
        browser.open(base + "kiosk/information");
        browser.find("#article-FAQ_APPLY");
        assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
        assertThat(browser.find("#shelf-FAQ").getAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.find("#article-FAQ_DOCUMENTS").getText()).contains("المستندات");
        browser.screenshot("kiosk-information-faq-ar");

        browser.click("#shelf-POLICY_GUIDE");
        browser.click("#article-GUIDE_STEPS");
        assertThat(browser.find("#article-title").getText()).isEqualTo("كيف نتعامل مع طلبك: خمس خطوات");
        assertThat(browser.driver().findElements(By.cssSelector("#article-body li"))).hasSize(5);
        assertThat(browser.find("#article-body").getText()).contains("الجهة الأعلى").contains("لجنة البحث");
        browser.screenshot("kiosk-article-steps-ar");
        assertThat(browser.driver().findElements(By.id("article-GUIDE_TOOLS"))).isEmpty();

        browser.click("#article-back");
        browser.find("#article-GUIDE_COMMITTEE");
        assertThat(browser.find("#shelf-POLICY_GUIDE").getAttribute("aria-selected")).isEqualTo("true");
        browser.screenshot("kiosk-information-guide-ar");

        search("اللائحه الاساسيه");
        browser.find("#article-BYLAWS_ROLE");
        search("لَجْنَةُ البَحْث");
        browser.find("#article-GUIDE_COMMITTEE");
        assertThat(browser.find("#info-heading").getText()).contains("لَجْنَةُ البَحْث");
        browser.screenshot("kiosk-information-search-ar");

        search("مواقف السيارات");
        assertThat(browser.find("#info-ask").getText()).isEqualTo("اطرح سؤالك");
        browser.screenshot("kiosk-information-nothing-found-ar");

        // the blank form of a withdrawal, to print at the counter: checklist, documents, signatures, Hijri date line
        browser.click("#shelf-FORMS");
        browser.click("#form-WITHDRAWAL");
        assertThat(browser.find("#blank-form-title").getText()).isEqualTo("نموذج طلب خدمة عضو — انسحاب من العضوية");
        assertThat(browser.attribute("#blank-form-print", "dir")).isEqualTo("rtl");
        assertThat(browser.find("#blank-form-fields").getText()).contains("رقم الحساب البنكي (الآيبان) لرد قيمة الأسهم *");
        assertThat(browser.find("#blank-form-documents").getText()).contains("أصل شهادة الأسهم");
        assertThat(browser.find("#blank-form-declarations").getText()).contains("طلب انسحاب موقّع من العضو *");
        assertThat(browser.find("#blank-form-date").getText()).contains("هـ").contains("م");
        assertThat(browser.present("#blank-form-register-unchanged")).isFalse();
        browser.screenshot("kiosk-blank-form-withdrawal-ar");
    }

    @Test
    void inEnglishSearchIgnoresCaseAndArticlesReadLeftToRight() {
        browser.newSession();
        browser.open(base + "kiosk/information/BYLAWS");
        browser.find("#article-BYLAWS_ROLE");
        english("#shelf-BYLAWS", "Basic bylaws");
        assertThat(browser.attribute("html", "dir")).isEqualTo("ltr");
        browser.screenshot("kiosk-information-bylaws-en");

        browser.click("#article-BYLAWS_ROLE");
        assertThat(browser.find("#article-title").getText()).isEqualTo("The association's basic bylaws");
        assertThat(browser.find("#article-body").getText()).contains("available at the association's office");
        browser.screenshot("kiosk-article-bylaws-en");

        browser.click("#article-back");
        search("RESEARCH committee");
        browser.click("#article-FAQ_DURATION");
        assertThat(browser.find("#article-title").getText()).isEqualTo("How long does the research committee take?");
        browser.screenshot("kiosk-article-faq-en");
    }

    // ---- rating -------------------------------------------------------------------------------------------------

    @Test
    void aVisitorRatesWithASuggestionAsksForAReplyAndIsThanked() {
        browser.newSession();
        browser.open(base + "kiosk/rate");
        browser.find("#face-5");
        browser.screenshot("kiosk-rate-ar");

        browser.click("#rating-submit");
        browser.waitFor(driver -> driver.findElement(By.id("rating-score-error")).getText().startsWith("اختر وجهًا واحدًا"));

        browser.click("#face-4");
        browser.waitFor(driver -> "true".equals(driver.findElement(By.id("face-4")).getDomAttribute("aria-pressed")));
        browser.waitFor(driver -> driver.findElement(By.id("rating-score-error")).getText().isEmpty());
        browser.type("#rating-text", "نقترح لوحة إرشادية أوضح عند مدخل المقر");
        browser.click("#rating-kind vaadin-radio-button:nth-of-type(2)");
        browser.click("#rating-reply label");
        browser.type("#rating-name", "هيا آل مهري");
        browser.type("#rating-mobile", "٠٥٤٠٠٠١٢");
        browser.click("#rating-submit");
        browser.waitFor(driver -> driver.findElement(By.id("rating-mobile")).getDomAttribute("invalid") != null);
        browser.screenshot("kiosk-rate-filled-ar");

        browser.type("#rating-mobile", "٠٥٤٠٠٠١٢٣٤");
        browser.click("#rating-submit");
        assertThat(browser.find("#rating-thanks").getText()).contains("شكرًا لك").contains("قلتم، وفعلنا")
                .contains("سيتواصل معك");
        browser.screenshot("kiosk-rate-thanks-ar");

        browser.open(base + "kiosk/rate");
        browser.click("#face-1");
        browser.click("#rating-submit");
        browser.waitFor(driver -> notified(driver, "قبل قليل"));
        browser.screenshot("kiosk-rate-throttled-ar");

        // the code of an invitation (as an SMS after a closed request brings it), typed in Arabic-Indic digits
        browser.click("#rate-with-code");
        browser.type("#rating-code", "١٢٣٤ ٥٦٧");
        browser.click("#rating-code-continue");
        browser.waitFor(driver -> driver.findElement(By.id("rating-code")).getDomAttribute("invalid") != null);
        assertThat(browser.find("#rating-code [slot='error-message']").getText()).startsWith("هذا الرمز غير صالح");
        String code = invitation("SUPPORT");
        browser.type("#rating-code", code.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '٠')))
                .collect(Collectors.joining()));
        browser.click("#rating-code-continue");
        assertThat(browser.find("#rating-code-service").getText()).contains("أنت تقيّم");
        browser.screenshot("kiosk-rate-code-ar");
        browser.click("#face-5");
        browser.click("#rating-submit");
        assertThat(browser.find("#rating-thanks").getText()).contains("شكرًا لك");
    }

    /** A fresh invitation to rate {@code service} at the counter, as satisfaction keeps it; returns its code. */
    private static String invitation(String service) {
        String code = String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        try (Connection connection = ItDatabase.database().connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO rating_invitation (code_hash, service, "
                     + "channel, expires_on) VALUES (?, ?, 'COUNTER', DATE_ADD(CURDATE(), INTERVAL 7 DAY))")) {
            insert.setString(1, RatingCode.hash(code));
            insert.setString(2, service);
            insert.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
        return code;
    }

    @Test
    void inEnglishAScoreAloneIsEnoughAndDoneStartsTheNextVisitorClean() {
        browser.newSession();
        browser.open(base + "kiosk/rate");
        browser.find("#face-5");
        english("#rating-submit", "Send my rating");
        browser.screenshot("kiosk-rate-en");

        browser.click("#face-5");
        browser.click("#rating-submit");
        assertThat(browser.find("#rating-thanks").getText()).contains("Thank you").doesNotContain("You said");
        browser.screenshot("kiosk-rate-thanks-en");

        browser.click("#rating-done");
        browser.waitFor(driver -> !driver.findElements(By.cssSelector("#tile-inquiry")).isEmpty());
        assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
        browser.open(base + "kiosk/rate");
        browser.click("#face-3");
        browser.click("#rating-submit");
        assertThat(browser.find("#rating-thanks").getText()).contains("شكرًا لك");
    }

    // ---- volunteering -------------------------------------------------------------------------------------------

    @Test
    void aVisitorSignsUpAsAVolunteerWithConsentAndIsToldWhatHappensNext() {
        browser.newSession();
        browser.open(base + "kiosk/volunteer");
        browser.find("#volunteer-name");
        browser.screenshot("kiosk-volunteer-ar");

        browser.click("#volunteer-submit");
        browser.waitFor(driver -> driver.findElement(By.id("volunteer-consent")).getDomAttribute("invalid") != null);
        assertThat(browser.find("#volunteer-name").getDomAttribute("invalid")).isNotNull();
        assertThat(browser.find("#volunteer-interests").getDomAttribute("invalid")).isNotNull();
        assertThat(browser.find("#volunteer-skills").getDomAttribute("invalid")).isNull();
        browser.screenshot("kiosk-volunteer-errors-ar");

        browser.type("#volunteer-name", "عبدالله الصقور");
        browser.type("#volunteer-mobile", "٠٥٥١٢٣٤٥٦٧");
        browser.click("#volunteer-interests vaadin-checkbox:nth-of-type(3)");
        browser.click("#volunteer-skills vaadin-checkbox:nth-of-type(1)");
        browser.click("#volunteer-days vaadin-checkbox:nth-of-type(6)");
        browser.click("#volunteer-days vaadin-checkbox:nth-of-type(7)");
        browser.click("#volunteer-times vaadin-checkbox:nth-of-type(3)");
        browser.click("#volunteer-consent");
        assertThat(browser.find("#volunteer-days vaadin-checkbox:nth-of-type(6)").getText()).isEqualTo("الجمعة");
        browser.click("#volunteer-submit");

        assertThat(browser.find("#volunteer-confirmation").getText()).contains("شكرًا لمبادرتك").contains("هـ")
                .contains("سيراجع");
        browser.screenshot("kiosk-volunteer-confirmed-ar");
    }

    @Test
    void inEnglishTheVolunteerFormSpeaksEnglishAndConfirms() {
        browser.newSession();
        browser.open(base + "kiosk/volunteer");
        browser.find("#volunteer-name");
        english("#volunteer-submit", "Sign me up");
        browser.screenshot("kiosk-volunteer-en");

        browser.type("#volunteer-name", "Sara Al-Yami");
        browser.type("#volunteer-mobile", "0551112299");
        browser.click("#volunteer-interests vaadin-checkbox:nth-of-type(1)");
        browser.click("#volunteer-days vaadin-checkbox:nth-of-type(1)");
        assertThat(browser.find("#volunteer-days vaadin-checkbox:nth-of-type(1)").getText()).isEqualTo("Sunday");
        browser.click("#volunteer-times vaadin-checkbox:nth-of-type(1)");
        browser.click("#volunteer-submit");
        browser.waitFor(driver -> driver.findElement(By.id("volunteer-consent")).getDomAttribute("invalid") != null);
        browser.click("#volunteer-consent");
        browser.click("#volunteer-submit");
        assertThat(browser.find("#volunteer-confirmation").getText()).contains("Thank you for offering your time")
                .contains("AH");
        browser.screenshot("kiosk-volunteer-confirmed-en");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void search(String words) {
        browser.type("#info-search", words);
        browser.click("#info-search-go");
        browser.waitFor(driver -> driver.findElement(By.id("info-heading")).getText().contains(words.strip()));
    }

    /** Switches the page to English and waits until the element reads as given. */
    private static void english(String css, String text) {
        browser.click("#language-switch");
        browser.waitFor(driver -> !driver.findElements(By.cssSelector(css)).isEmpty()
                && driver.findElement(By.cssSelector(css)).getText().contains(text));
    }

    private static boolean notified(WebDriver driver, String text) {
        return driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains(text));
    }
}
