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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's whole path in the console, in Chromium, from the requests {@link ConsoleCases} files at deployment:
 * intake with an item missing → returned → resumed → completed → handed to the committee with the expected date;
 * a referral answered at the officer level; an administrator recording the board's exception for an early decision,
 * printed in the minutes; the committee accepting an application that staff then register (a
 * membership number, a certificate and the member's page) and rejecting another with reasons; the committee's clock
 * stopped while the member is awaited and restarted; two people changing one request at once; a referral nobody
 * answered climbing to the supervisors.
 * Screenshots of each view in Arabic and English.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequestJourneyIT {

    private static final String CONFLICT_AR = "عدّل شخص آخر هذا السجل";

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
    void intakeWithAMissingItemIsReturnedResumedCompletedAndHandedToTheCommittee() {
        signIn(browser, "staff1");
        browser.open(base + "console/inbox");
        // found by the requester's name, as staff do (references are searched in their real form, 2026-000123)
        browser.type("#inbox-search", "سعد بن ناصر آل يام");
        browser.clickText("#inbox a.inbox-open", ConsoleCases.INTAKE);
        status("مقدَّم");
        assertThat(browser.find("#request-requester").getText()).isEqualTo("سعد بن ناصر آل يام");

        press(browser, "#action-start-intake");
        status("قيد الاستلام والتحقق");
        verify("MEMBER_IDENTITY", "تمت المطابقة مع السجل");
        assertThat(browser.find("#item-how-MEMBER_IDENTITY").getText()).contains("staff1").contains("تمت المطابقة");
        verify("SUPPORT_DESCRIPTION", "تم الاطلاع على الأصل");
        browser.type("#missing-reason-GUIDE_ACK", "لم يوقّع العضو الإقرار بعد");
        press(browser, "#missing-GUIDE_ACK");
        browser.waitFor(driver -> driver.findElement(By.id("item-state-GUIDE_ACK")).getText().equals("ناقص"));
        press(browser, "#action-complete-intake");
        notice(browser, "GUIDE_ACK");
        browser.screenshot("console-request-intake-ar");

        press(browser, "#action-return");
        status("معاد لاستكمال النواقص");
        String letter = browser.find("#correspondence .letter-MISSING_ITEMS a").getAttribute("href");
        press(browser, "#action-resume");
        status("قيد الاستلام والتحقق");
        verify("GUIDE_ACK", "تم الاطلاع على الأصل");
        press(browser, "#action-complete-intake");
        status("مستوفٍ ومتحقق منه");
        press(browser, "#action-hand-over");
        status("لدى لجنة البحث");
        assertThat(browser.find("#handover-expected").getText()).contains("هـ").contains("م");
        assertThat(browser.find("#timeline").getText()).contains("أُعيد لاستكمال النواقص").contains("استؤنف التحقق")
                .contains("رُفع إلى لجنة البحث");
        assertThat(browser.find("#register-unchanged").getText()).isEqualTo("هذا الطلب لا يُغيّر سجل الأعضاء.");
        browser.screenshot("console-request-detail-ar");
        switchLanguage("Request " + ConsoleCases.INTAKE, "h2");
        browser.find("#timeline");
        browser.screenshot("console-request-detail-en");
        switchLanguageBack("الطلب", "h2");

        browser.open(letter);
        assertThat(browser.attribute("#letter-ar", "dir")).isEqualTo("rtl");
        assertThat(browser.find("#letter-ar").getText()).contains(ConsoleCases.INTAKE);
        assertThat(browser.attribute("#letter-en", "dir")).isEqualTo("ltr");
        browser.screenshot("console-print-letter-missing-ar");
        browser.open(base + "console/print/request?reference=" + ConsoleCases.INTAKE);
        assertThat(browser.find("#form-title").getText()).isEqualTo("نموذج طلب خدمة عضو");
        assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
        browser.screenshot("console-print-request-form-ar");
    }

    @Test
    void aStaffReferralGoesToTheSupervisorsWhoseAnswerIsWrittenToTheMember() {
        signIn(browser, "staff1");
        browser.open(base + "console/request/" + ConsoleCases.REFERRAL);
        status("مقدَّم");
        browser.type("#escalate-reason", "لا يتضح للعضو هل يشمل الدعم رسوم التجديد");
        press(browser, "#action-escalate");
        browser.waitFor(driver -> driver.findElement(By.id("timeline")).getText().contains("أُحيل إلى الجهة الأعلى"));
        browser.click("#menu-escalations");
        assertThat(browser.find("#escalations").getText()).doesNotContain(ConsoleCases.REFERRAL);

        signIn(browser, "supervisor1");
        browser.open(base + "console/escalations");
        String card = "#escalations .console-list-card";
        browser.waitFor(driver -> driver.findElement(By.id("escalations")).getText().contains(ConsoleCases.REFERRAL));
        String id = browser.driver().findElements(By.cssSelector(card)).stream()
                .filter(element -> element.getText().contains(ConsoleCases.REFERRAL)).findFirst().orElseThrow()
                .getAttribute("id").substring("escalation-".length());
        assertThat(browser.find("#escalation-left-" + id).getText()).startsWith("المتبقي");
        browser.screenshot("console-escalations-ar");
        switchLanguage("Referrals waiting at your level", "h2");
        browser.screenshot("console-escalations-en");
        browser.type("#escalation-answer-" + id, "Yes: the renewal fee is covered, as the support guide says.");
        press(browser, "#escalation-send-" + id);
        browser.waitFor(driver -> !driver.findElement(By.id("escalations")).getText().contains(ConsoleCases.REFERRAL));

        browser.open(base + "console/request/" + ConsoleCases.REFERRAL);
        browser.waitFor(driver -> driver.findElement(By.id("timeline")).getText().contains("Referral answered"));
        assertThat(browser.find("#correspondence").getText()).contains("Answer of the higher authority");
        switchLanguageBack("الطلب", "h2");
    }

    @Test
    void theCommitteeAcceptsAnApplicationAndStaffCompleteTheRegistration() {
        // an early decision is the board's exception: an administrator records why and the board's decision
        signIn(browser, "admin1");
        browser.open(base + "console/committee");
        browser.type("#override-reason-" + ConsoleCases.EARLY, "العضو مسافر للدراسة وطلب ردًا مبكرًا");
        press(browser, "#override-" + ConsoleCases.EARLY);
        notice(browser, "رقم قرار مجلس الإدارة");
        browser.type("#override-board-" + ConsoleCases.EARLY, "١٤٤٧/٣١");
        press(browser, "#override-" + ConsoleCases.EARLY);
        browser.waitFor(driver -> driver.findElement(By.id("agenda-exception-" + ConsoleCases.EARLY)).getText()
                .contains("1447/31"));

        signIn(browser, "committee1");
        browser.click("#menu-committee");
        browser.find("#agenda-" + ConsoleCases.ACCEPT);
        assertThat(browser.find("#agenda-window-" + ConsoleCases.ACCEPT).getText()).contains("هـ");
        browser.screenshot("console-committee-ar");
        browser.click("#agenda-file-" + ConsoleCases.ACCEPT);
        assertThat(browser.find("#request-applicant").getText()).contains("Abdullah Hamad Al Mansour");
        assertThat(present(browser.driver(), "#action-hand-over")).isFalse();
        browser.driver().navigate().back();
        press(browser, "#accept-" + ConsoleCases.ACCEPT);
        browser.waitFor(driver -> !present(driver, "#agenda-" + ConsoleCases.ACCEPT));
        press(browser, "#accept-" + ConsoleCases.EARLY);
        browser.waitFor(driver -> !present(driver, "#agenda-" + ConsoleCases.EARLY));

        browser.open(base + "console/print/minutes");
        assertThat(browser.find("#minutes").getText()).contains(ConsoleCases.ACCEPT).contains("قبول")
                .contains(ConsoleCases.EARLY).contains("استثناءً: قرار مجلس الإدارة رقم 1447/31")
                .contains("العضو مسافر للدراسة").contains("admin1");
        browser.screenshot("console-print-minutes-ar");

        signIn(browser, "staff1");
        browser.open(base + "console/request/" + ConsoleCases.ACCEPT);
        status("مقبول");
        press(browser, "#action-register");
        status("مكتمل");
        assertThat(browser.find("#membership-number").getText()).matches("NJT-\\d{4}-\\d{4}");
        String number = browser.find("#membership-number").getText();
        browser.screenshot("console-request-registered-ar");
        browser.open(base + "console/print/certificate?reference=" + ConsoleCases.ACCEPT);
        assertThat(browser.find("#certificate-number").getText()).isEqualTo(number);
        assertThat(browser.find("#certificate-ar").getText()).contains("عبدالله بن حمد آل منصور").contains("هـ");
        assertThat(browser.find("#certificate-en").getText()).contains("Abdullah Hamad Al Mansour").contains("AH");
        assertThat(browser.find("#certificate-capital-en").getText()).isEqualTo(
                "Shares held: 25. Capital: 2,500.00 riyals, at a nominal value of 100.00 riyals a share.");
        browser.screenshot("console-print-certificate");

        browser.open(base + "console/request/" + ConsoleCases.ACCEPT);
        press(browser, "#member-page");
        browser.waitFor(driver -> driver.findElement(By.id("member-number")).getText().equals(number));
        assertThat(browser.find("#member-status").getText()).isEqualTo("نشط");
        assertThat(browser.find("#member-name-latin").getText()).isEqualTo("Abdullah Hamad Al Mansour");
        assertThat(browser.find("#member-requests").getText()).contains(ConsoleCases.ACCEPT).contains("مكتمل");
        assertThat(browser.find("#member-history").getText()).contains("قُدِّم طلب العضوية").contains("فُعِّلت العضوية");
        assertThat(browser.attribute("#member-certificate", "href")).endsWith("reference=" + ConsoleCases.ACCEPT);
        assertThat(browser.find("#member-shares-total").getText()).startsWith("٢٥ سهمًا · رأس المال ٢٬٥٠٠٫٠٠ ريالًا");
        browser.waitFor(driver -> cells(driver, "#member-share-movements").contains("اكتتاب أولي"));
        assertThat(cells(browser.driver(), "#member-share-movements")).contains("+25").contains("هـ")
                .contains(ConsoleCases.ACCEPT);
        browser.screenshot("console-member-ar");
        switchLanguage("Member " + number, "h2");
        assertThat(browser.find("#member-history").getText()).contains("Membership activated");
        browser.screenshot("console-member-en");
        switchLanguageBack("العضو " + number, "h2");

        browser.open(base + "console/members");
        browser.type("#members-search", number);
        browser.waitFor(driver -> cells(driver, "#members").contains("Abdullah Hamad Al Mansour"));
        browser.type("#members-search", "عَبْدُالله بن حمد");
        browser.waitFor(driver -> cells(driver, "#members").contains(number));
        browser.screenshot("console-members-ar");
        switchLanguage("Register of members", "h2");
        browser.waitFor(driver -> cells(driver, "#members").contains("Active"));
        browser.screenshot("console-members-en");
        switchLanguageBack("سجل الأعضاء", "h2");
    }

    @Test
    void theCommitteeRejectsWithReasonsInBothLanguages() {
        signIn(browser, "committee1");
        browser.open(base + "console/committee");
        browser.find("#agenda-" + ConsoleCases.REJECT);
        press(browser, "#reject-" + ConsoleCases.REJECT);
        notice(browser, "أسباب الرفض");
        assertThat(present(browser.driver(), "#agenda-" + ConsoleCases.REJECT)).isTrue();
        browser.type("#reason-ar-" + ConsoleCases.REJECT, "الترخيص المطلوب تجديده خارج نطاق سياسة الدعم");
        browser.type("#reason-en-" + ConsoleCases.REJECT, "The licence to renew lies outside the support policy");
        switchLanguage("Research committee agenda", "h2");
        browser.screenshot("console-committee-en");
        browser.type("#reason-ar-" + ConsoleCases.REJECT, "الترخيص المطلوب تجديده خارج نطاق سياسة الدعم");
        browser.type("#reason-en-" + ConsoleCases.REJECT, "The licence to renew lies outside the support policy");
        browser.choose("#reason-category-" + ConsoleCases.REJECT, "Outside the association's policy");
        press(browser, "#reject-" + ConsoleCases.REJECT);
        browser.waitFor(driver -> !present(driver, "#agenda-" + ConsoleCases.REJECT));

        browser.open(base + "console/request/" + ConsoleCases.REJECT);
        status("Rejected");
        String letter = browser.find("#correspondence .letter-DECISION a").getAttribute("href");
        browser.open(letter);
        assertThat(browser.find("#letter-ar").getText()).contains("خارج نطاق سياسة الدعم");
        assertThat(browser.find("#letter-en").getText()).contains("outside the support policy");
        browser.screenshot("console-print-letter-decision-en");
        browser.open(base + "console/committee");
        switchLanguageBack("جدول أعمال", "h2");
    }

    @Test
    void twoPeopleChangingOneRequestAtOnce() {
        signIn(browser, "staff1");
        browser.open(base + "console/request/" + ConsoleCases.CONFLICT);
        status("مقدَّم");
        try (Browser other = new Browser(1280, 900)) {
            signIn(other, "admin1");
            other.open(base + "console/request/" + ConsoleCases.CONFLICT);
            other.find("#action-start-intake");
            other.type("#withdraw-text", "العضو طلب سحب الطلب هاتفيًا");

            press(browser, "#action-start-intake");
            status("قيد الاستلام والتحقق");

            press(other, "#action-withdraw");
            notice(other, CONFLICT_AR);
            assertThat(other.find("#withdraw-text textarea").getAttribute("value"))
                    .isEqualTo("العضو طلب سحب الطلب هاتفيًا");
            assertThat(other.textOf("#request-status")).isEqualTo("مقدَّم");
            other.screenshot("console-request-conflict-ar");
            press(other, "#request-reload");
            other.waitFor(driver -> driver.findElement(By.id("request-status")).getText().equals("قيد الاستلام والتحقق"));
        }
    }

    @Test
    void staffStopTheCommitteesClockWhileTheMemberIsAwaitedAndRestartIt() {
        signIn(browser, "staff1");
        browser.open(base + "console/request/" + ConsoleCases.PAUSE);
        status("لدى لجنة البحث");
        String expected = browser.find("#handover-expected").getText();
        assertThat(expected).contains("هـ");
        assertThat(browser.find("#request-due").getText()).isEqualTo(expected);

        press(browser, "#clock-stop");
        browser.waitFor(driver -> driver.findElement(By.id("clock-reason")).getAttribute("invalid") != null);
        assertThat(browser.find("#clock-reason [slot='error-message']").getText()).contains("السبب");
        browser.type("#clock-reason", "ننتظر من العضو صورة السجل التجاري المحدَّثة");
        press(browser, "#clock-stop");
        browser.waitFor(driver -> driver.findElement(By.id("handover-expected")).getText()
                .equals("غير معروف ما دامت المدة موقوفة"));
        assertThat(browser.find("#clock-stops").getText()).contains("ما زال بالانتظار")
                .contains("صورة السجل التجاري");
        assertThat(browser.find("#request-due").getText()).isEqualTo("لا شيء مستحق: الطلب بانتظار العضو");
        assertThat(browser.find("#timeline").getText()).contains("أوقفت مدة اللجنة");
        browser.screenshot("console-request-clock-stopped-ar");

        signIn(browser, "committee1");
        browser.open(base + "console/committee");
        assertThat(browser.find("#agenda-" + ConsoleCases.PAUSE).getText()).contains("موقوف")
                .contains("صورة السجل التجاري");
        var agenda = browser.csv("#agenda-csv");
        assertThat(agenda.get(0)).isEqualTo("رقم الطلب,النوع,تاريخ الرفع إلى اللجنة,يجوز القرار ابتداءً من,موعد القرار,"
                + "موقوف بانتظار العضو,متأخر,مرات التأجيل,سُمح بقرار مبكر");
        assertThat(agenda).anySatisfy(line -> assertThat(line).startsWith(ConsoleCases.PAUSE + ",")
                .contains("هـ").contains(",المدة موقوفة,المدة موقوفة,نعم,"));

        signIn(browser, "staff1");
        browser.open(base + "console/request/" + ConsoleCases.PAUSE);
        press(browser, "#clock-restart");
        browser.waitFor(driver -> driver.findElement(By.id("handover-expected")).getText().contains("هـ"));
        assertThat(browser.find("#request-due").getText()).contains("هـ");
        assertThat(present(browser.driver(), "#clock-stop")).isTrue();
        switchLanguage("Decision expected by", "#handover");
        browser.screenshot("console-request-clock-restarted-en");
        switchLanguageBack("موعد القرار المتوقع", "#handover");
    }

    /**
     * Runs last: {@link ConsoleCases#CLIMB} was referred to the officer level three weeks ago and never answered; the
     * deadline timer (every minute, on its own) climbs it to the supervisors, where it waits marked as come up
     * unanswered, and a supervisor answers it.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aReferralLeftUnansweredClimbsToTheSupervisorsWhoAnswerIt() {
        signIn(browser, "supervisor1");
        browser.open(base + "console/escalations");
        browser.waitFor(driver -> {
            if (driver.findElement(By.id("escalations")).getText().contains(ConsoleCases.CLIMB)) {
                return true;
            }
            driver.navigate().refresh(); // the minute's deadline run may still be ahead
            return false;
        }, Duration.ofSeconds(90));
        String id = browser.driver().findElements(By.cssSelector("#escalations .console-list-card")).stream()
                .filter(element -> element.getText().contains(ConsoleCases.CLIMB)).findFirst().orElseThrow()
                .getAttribute("id").substring("escalation-".length());
        assertThat(browser.find("#escalation-climbed-" + id).getText()).isEqualTo("صعد دون رد من: موظف علاقات المساهمين");
        assertThat(browser.find("#escalation-left-" + id).getText()).startsWith("المتبقي");
        browser.screenshot("console-escalations-climbed-ar");
        browser.type("#escalation-answer-" + id, "نعم، يُنقل السهم بعقد موثّق لدى الجمعية.");
        press(browser, "#escalation-send-" + id);
        browser.waitFor(driver -> !driver.findElement(By.id("escalations")).getText().contains(ConsoleCases.CLIMB));
        browser.open(base + "console/request/" + ConsoleCases.CLIMB);
        assertThat(browser.find("#timeline").getText()).contains("صعدت الإحالة").contains("أُجيب عن الإحالة");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void signIn(Browser session, String username) {
        session.newSession();
        session.open(base + "console/login");
        session.type("vaadin-login-form vaadin-text-field[name='username']", username);
        session.type("vaadin-login-form vaadin-password-field[name='password']", ConsoleStaff.PASSWORD);
        session.click("vaadin-login-form vaadin-button[slot='submit']");
        session.find("#home");
    }

    private static void status(String expected) {
        browser.waitFor(driver -> driver.findElement(By.id("request-status")).getText().equals(expected));
    }

    private static void verify(String item, String method) {
        browser.choose("#verify-method-" + item, method);
        press(browser, "#verify-" + item);
        browser.waitFor(driver -> driver.findElement(By.id("item-state-" + item)).getText().equals("تم التحقق"));
    }

    private static void switchLanguage(String expected, String css) {
        browser.click("#language-switch");
        browser.waitFor(driver -> driver.findElement(By.cssSelector(css)).getText().contains(expected));
        assertThat(browser.attribute("html", "dir")).isEqualTo("ltr");
    }

    private static void switchLanguageBack(String expected, String css) {
        browser.click("#language-switch");
        browser.waitFor(driver -> driver.findElement(By.cssSelector(css)).getText().contains(expected));
    }

    /** Clicks the button once the page lets it be clicked ({@link Browser#press}). */
    private static void press(Browser session, String css) {
        session.press(css);
    }

    /** Waits until a notification on the screen says this. */
    private static void notice(Browser session, String fragment) {
        session.waitFor(driver -> driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains(fragment)));
    }

    private static String cells(WebDriver driver, String grid) {
        StringBuilder text = new StringBuilder();
        driver.findElements(By.cssSelector(grid + " vaadin-grid-cell-content"))
                .forEach(cell -> text.append(cell.getText()).append('\n'));
        return text.toString();
    }

    private static boolean present(WebDriver driver, String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }
}
