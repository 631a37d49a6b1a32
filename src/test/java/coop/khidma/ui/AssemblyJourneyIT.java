package coop.khidma.ui;

import coop.khidma.support.Applications;
import coop.khidma.support.AssemblyCases;
import coop.khidma.support.Browser;
import coop.khidma.support.ConsoleStaff;
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
import org.openqa.selenium.WindowType;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The General Assembly's day end to end in Chromium, Arabic first. The meeting was scheduled and its four members
 * invited, the fourth having made the second their proxy ({@link AssemblyCases}, through the aggregates' verbs); the
 * journey moves it to now. Staff open the live screen (no quorum yet); at the kiosk the "General Assembly check-in"
 * tile is offered, a wrong code is refused, the first member checks in, then the second — bringing in the member they
 * represent; the live screen shows the quorum reached by itself. Staff record the votes on the two voted items (a
 * second vote for the same member refused), the results follow the items' rules; with kiosk voting turned on, the
 * third member checks in at the kiosk and votes on item 1 there, counted on the live screen; the minutes print in
 * Arabic.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class AssemblyJourneyIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1440, 1200);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void membersCheckInAtTheKioskTheQuorumIsReachedTwoItemsAreVotedAndTheMinutesPrint() throws Exception {
        long meeting = meetingNow();
        try {
            browser.signInToConsole(base, "staff1", ConsoleStaff.PASSWORD);
            browser.click("#menu-assembly-day");
            browser.open(base + "console/assembly-day/" + meeting);
            assertThat(browser.find("#assembly-day-entitled").getText()).startsWith("٤ ");
            assertThat(browser.attribute("#assembly-quorum-first", "data-reached")).isEqualTo("false");
            String console = browser.driver().getWindowHandle();

            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open(base + "kiosk");
            browser.click("#tile-assembly");
            browser.type("#assembly-kiosk-national-id", arabicDigits(nationalId(0)));
            browser.type("#assembly-kiosk-code", "000000");
            browser.click("#assembly-kiosk-checkin");
            browser.waitFor(driver -> driver.findElement(By.id("assembly-kiosk-code")).getDomAttribute("invalid")
                    != null);
            assertThat(browser.find("#assembly-kiosk-code [slot='error-message']").getText()).contains("لا يطابقان");
            browser.type("#assembly-kiosk-code", arabicDigits(AssemblyCases.CODES.get(0)));
            browser.click("#assembly-kiosk-checkin");
            assertThat(browser.find("#assembly-kiosk-welcome").getText()).contains(AssemblyCases.NUMBERS.get(0));
            browser.screenshot("kiosk-assembly-checked-in-ar");
            browser.open(base + "kiosk/assembly");
            browser.type("#assembly-kiosk-national-id", nationalId(1));
            browser.type("#assembly-kiosk-code", AssemblyCases.CODES.get(1));
            browser.click("#assembly-kiosk-checkin");
            assertThat(browser.find("#assembly-kiosk-represented").getText()).contains(AssemblyCases.NUMBERS.get(3));
            browser.driver().close();

            browser.driver().switchTo().window(console);
            browser.waitFor(driver -> "true".equals(driver.findElement(By.id("assembly-quorum-first"))
                    .getDomAttribute("data-reached")));
            assertThat(browser.find("#assembly-day-present").getText()).startsWith("٣ ");
            assertThat(browser.find("#assembly-day-by-proxy").getText()).startsWith("١ ");
            assertThat(browser.find("#assembly-quorum-first").getText()).contains("مكتمل");
            assertThat(browser.cells("#assembly-attendance")).contains(AssemblyCases.NUMBERS.get(3))
                    .contains("بالوكالة");

            // item 1 (majority): for, for, against — adopted; item 2 (two thirds): for, against, abstain — not
            vote(1, 0, 1);
            vote(1, 1, 1);
            vote(1, 3, 2);
            vote(2, 0, 1);
            vote(2, 1, 2);
            vote(2, 3, 3);
            browser.choose("#assembly-vote-item", "1. اعتماد القوائم المالية");
            browser.type("#assembly-vote-number", AssemblyCases.NUMBERS.get(0));
            browser.click("#assembly-vote-choice vaadin-radio-button:nth-of-type(2)");
            browser.click("#assembly-vote-record");
            browser.waitFor(driver -> driver.findElement(By.id("assembly-vote-number")).getDomAttribute("invalid")
                    != null);
            assertThat(browser.find("#assembly-vote-number [slot='error-message']").getText())
                    .contains("مرة واحدة");
            browser.waitFor(driver -> driver.findElement(By.id("assembly-result-2")).getText().contains("لم يُقَرّ"));
            assertThat(browser.find("#assembly-result-1").getText()).contains("موافق ٢").contains("أُقِرّ");
            browser.screenshot("console-assembly-day-ar");

            // kiosk voting turned on: the third member checks in at the kiosk and votes for item 1 there, in Arabic
            kioskVoting(true);
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open(base + "kiosk/assembly");
            browser.type("#assembly-kiosk-national-id", arabicDigits(nationalId(2)));
            browser.type("#assembly-kiosk-code", arabicDigits(AssemblyCases.CODES.get(2)));
            browser.click("#assembly-kiosk-checkin");
            browser.click("#assembly-kiosk-vote");
            String third = AssemblyCases.NUMBERS.get(2);
            assertThat(browser.find("#assembly-ballot").getText()).contains("اعتماد القوائم المالية")
                    .contains("تعديل المادة ١٢ من النظام").doesNotContain(AssemblyCases.NUMBERS.get(0));
            browser.click("#ballot-1-" + third + "-FOR");
            browser.waitFor(driver -> driver.findElements(By.id("ballot-1-" + third + "-FOR")).isEmpty());
            assertThat(browser.present("#ballot-2-" + third + "-FOR")).as("item 2 still to vote").isTrue();
            browser.driver().close();
            browser.driver().switchTo().window(console);
            browser.waitFor(driver -> driver.findElement(By.id("assembly-result-1")).getText().contains("موافق ٣"));
            assertThat(browser.find("#assembly-results").getText()).as("totals only, nobody's vote")
                    .doesNotContain(AssemblyCases.NUMBERS.get(0), AssemblyCases.NUMBERS.get(1), third);

            browser.open(base + "console/print/assembly-minutes?reference=" + meeting);
            assertThat(browser.find("#assembly-minutes-title").getText()).contains("محضر اجتماع الجمعية العمومية");
            assertThat(browser.find("#assembly-minutes-result-1").getText()).contains("أُقِرّ");
            assertThat(browser.find("#assembly-minutes-result-2").getText()).contains("لم يُقَرّ");
            assertThat(browser.find("#assembly-minutes-result-3").getText()).contains("للعلم");
            assertThat(browser.find("#assembly-minutes-print").getText()).contains("رئيس الاجتماع")
                    .contains("أمين سر الاجتماع").contains("هـ");
            browser.emulatePrint(true);
            browser.screenshot("console-assembly-minutes-print-ar");
            browser.emulatePrint(false);
        } finally {
            kioskVoting(false);
            sql("UPDATE general_assembly SET status = 'CANCELLED', cancel_reason = 'journey over' WHERE id = ?",
                    meeting);
        }
    }

    /** The administrator's kiosk-voting setting, as the fixture sets it (off again for the classes after this one). */
    private static void kioskVoting(boolean on) throws SQLException {
        sql("UPDATE assembly_rules SET kiosk_voting = ?, version = version + 1 WHERE id = 1", on);
    }

    /** Staff record the vote ({@code choice}: 1 for, 2 against, 3 abstain) of the fixture's member {@code who}. */
    private static void vote(int item, int who, int choice) {
        browser.choose("#assembly-vote-item", item == 1 ? "1. اعتماد القوائم المالية" : "2. تعديل المادة ١٢ من النظام");
        browser.type("#assembly-vote-number", AssemblyCases.NUMBERS.get(who));
        browser.click("#assembly-vote-choice vaadin-radio-button:nth-of-type(" + choice + ")");
        browser.click("#assembly-vote-record");
        browser.waitFor(driver -> driver.findElement(By.cssSelector("#assembly-vote-number input"))
                .getDomProperty("value").isEmpty());
    }

    private static String nationalId(int member) {
        return Applications.nationalId(AssemblyCases.SERIALS.get(member));
    }

    /**
     * The fixture's meeting moved to now (its second meeting an hour later), with the bylaws' placeholder figures:
     * quorum by members, 50 % at the first meeting — 2 of its 4 invited members — and no kiosk voting.
     */
    private static long meetingNow() throws SQLException {
        sql("UPDATE assembly_rules SET quorum_basis = 'MEMBERS', first_quorum_percent = 50, "
                + "second_meeting_allowed = TRUE, second_quorum_percent = 25, kiosk_voting = FALSE WHERE id = 1");
        try (Connection db = ItDatabase.database().connect();
             PreparedStatement find = db.prepareStatement("SELECT id FROM general_assembly WHERE place = ?")) {
            find.setString(1, AssemblyCases.PLACE);
            try (ResultSet row = find.executeQuery()) {
                assertThat(row.next()).as("the fixture's meeting").isTrue();
                long id = row.getLong(1);
                sql("UPDATE general_assembly SET first_meeting_at = UTC_TIMESTAMP(6), "
                        + "second_meeting_at = UTC_TIMESTAMP(6) + INTERVAL 1 HOUR WHERE id = ?", id);
                return id;
            }
        }
    }

    private static void sql(String statement, Object... arguments) throws SQLException {
        try (Connection db = ItDatabase.database().connect();
             PreparedStatement update = db.prepareStatement(statement)) {
            for (int i = 0; i < arguments.length; i++) {
                update.setObject(i + 1, arguments[i]);
            }
            update.executeUpdate();
        }
    }

    private static String arabicDigits(String digits) {
        StringBuilder arabic = new StringBuilder();
        digits.chars().forEach(digit -> arabic.append((char) ('٠' + digit - '0')));
        return arabic.toString();
    }
}
