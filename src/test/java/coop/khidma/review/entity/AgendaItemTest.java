package coop.khidma.review.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requests;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.review.control.ReviewCalendar;
import coop.khidma.review.control.SaudiHolidays;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class AgendaItemTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final ReviewCalendar NO_HOLIDAYS = new ReviewCalendar(Set.of());
    private static final ReviewCalendar CALENDAR_2026 = new ReviewCalendar(SaudiHolidays.forYear(2026));
    private static final String SECRETARY = "committee.secretary";

    /** An instant at 10:00 Riyadh time on the given day. */
    private static Instant on(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(RIYADH).toInstant();
    }

    private static AgendaItem handedOverOn(LocalDate day) {
        ServiceRequest request = Requests.walkedTo(Requests.committeeType(), RequestStatus.WITH_COMMITTEE);
        return AgendaItem.handOver(request.key(), ReviewSettings.defaults(), "fatima", on(day));
    }

    @Test
    void onlyARequestWithTheCommitteeGoesOnTheAgenda() {
        ServiceRequest verified = Requests.walkedTo(Requests.committeeType(), RequestStatus.VERIFIED);
        assertBroken("rule.agenda.notWithCommittee",
                () -> AgendaItem.handOver(verified.key(), ReviewSettings.defaults(), "fatima", Requests.T0));
    }

    @Test
    void theHandOverDayIsTheRiyadhDateAndTheWindowIsCopied() {
        // 22:30 UTC on Saturday 3 January is already Sunday 4 January in Riyadh
        ServiceRequest request = Requests.walkedTo(Requests.committeeType(), RequestStatus.WITH_COMMITTEE);
        AgendaItem item = AgendaItem.handOver(request.key(), ReviewSettings.defaults(), "fatima",
                Instant.parse("2026-01-03T22:30:00Z"));
        assertThat(item.handedOverOn()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(item.floorWorkingDays()).isEqualTo(10);
        assertThat(item.ceilingWorkingDays()).isEqualTo(14);
        assertThat(item.handedOver().detail()).isEqualTo("window 10/14 working days from 2026-01-04");
    }

    @Test
    void overPlainWeeksTheFloorIsTheTenthAndTheCeilingTheFourteenthWorkingDay() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 4)); // a Sunday
        assertThat(item.earliestDecisionDate(NO_HOLIDAYS)).isEqualTo(LocalDate.of(2026, 1, 18));
        assertThat(item.expectedDecisionDate(NO_HOLIDAYS)).isEqualTo(LocalDate.of(2026, 1, 22));
    }

    @Test
    void acrossEidAlFitrAndTheRamadanShawwalBoundaryHolidaysDoNotCount() {
        // Thursday 23 Ramadan 1447; Eid break Wed 18 March (29 Ramadan) to Sun 22 March (3 Shawwal)
        AgendaItem item = handedOverOn(LocalDate.of(2026, 3, 12));
        assertThat(item.earliestDecisionDate(CALENDAR_2026)).isEqualTo(LocalDate.of(2026, 3, 31)); // 12 Shawwal
        assertThat(item.expectedDecisionDate(CALENDAR_2026)).isEqualTo(LocalDate.of(2026, 4, 6)); // 18 Shawwal
        assertThat(item.expectedDecisionDate(NO_HOLIDAYS)).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void noDecisionBeforeTheFloorButOnItsDay() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 4));
        DomainException early = assertBroken("rule.agenda.beforeFloor", () -> item.decide(Decision.ACCEPT, null, null,
                NO_HOLIDAYS, SECRETARY, on(LocalDate.of(2026, 1, 15))));
        assertArrayEquals(new Object[]{LocalDate.of(2026, 1, 18)}, early.arguments());
        assertBroken("rule.agenda.beforeFloor", () -> item.decide(Decision.REJECT, "سبب", "reason", NO_HOLIDAYS,
                SECRETARY, on(LocalDate.of(2026, 1, 15))));
        Change accepted = item.decide(Decision.ACCEPT, null, null, NO_HOLIDAYS, SECRETARY, on(LocalDate.of(2026, 1, 18)));
        assertThat(accepted.after()).isEqualTo("ACCEPT");
        assertThat(item.isDecided()).isTrue();
        assertThat(item.decidedBy()).isEqualTo(SECRETARY);
        assertBroken("rule.agenda.decided", () -> item.decide(Decision.REJECT, "سبب", "reason", NO_HOLIDAYS,
                SECRETARY, on(LocalDate.of(2026, 1, 19))));
    }

    @Test
    void anEarlyDecisionIsAnExceptionWithAReasonAndTheBoardsDecisionRecordedOnce() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 4)); // floor Sunday 18 January
        Instant tuesday = on(LocalDate.of(2026, 1, 6));
        String why = "The member travels abroad for study and asked for an early answer";
        assertBroken("rule.reason.required", () -> item.overrideFloor(" ", "1447/23", "admin", tuesday));
        assertBroken("rule.agenda.boardReferenceRequired", () -> item.overrideFloor(why, null, "admin", tuesday));
        assertBroken("rule.agenda.boardReferenceRequired", () -> item.overrideFloor(why, " \t ", "admin", tuesday));
        for (String hostile : new String[] {"<script>alert(1)</script>", "1447/23'; DROP TABLE agenda_item;--",
                "1447\n23", "\u202E32/7441", "////", "No number", "1".repeat(61)}) {
            assertBroken("rule.agenda.boardReference", () -> item.overrideFloor(why, hostile, "admin", tuesday));
        }
        for (String hostile : new String[] {"!!!", "1234", "<b>urgent</b> please", "travels\u0000abroad",
                "travels \u202Eabroad"}) {
            assertBroken("rule.agenda.exceptionReason", () -> item.overrideFloor(hostile, "1447/23", "admin", tuesday));
        }
        assertThat(item.hasException()).isFalse();
        assertBroken("rule.agenda.beforeFloor", () -> item.decide(Decision.ACCEPT, null, null, NO_HOLIDAYS, SECRETARY,
                on(LocalDate.of(2026, 1, 7))));

        Change recorded = item.overrideFloor(why, "  ق م/١٤٤٧/٢٣  ", "admin", tuesday); // Arabic-Indic digits typed
        assertThat(recorded.action()).isEqualTo("overrideFloor");
        assertThat(recorded.detail()).as("the board's reference, not the free text (#14)")
                .isEqualTo("board decision ق م/1447/23");
        assertThat(item.floorOverrideReason()).isEqualTo(why);
        assertThat(item.floorExceptionBoardReference()).isEqualTo("ق م/1447/23");
        assertThat(item.floorOverriddenBy()).isEqualTo("admin");
        assertBroken("rule.agenda.alreadyOverridden", () -> item.overrideFloor("again", "1447/24", "admin", tuesday));

        Change decided = item.decide(Decision.ACCEPT, null, null, NO_HOLIDAYS, SECRETARY, on(LocalDate.of(2026, 1, 7)));
        assertThat(decided.detail()).isEqualTo("before the floor 2026-01-18 by the exception of board decision ق م/1447/23");
        assertThat(item.decision()).isEqualTo(Decision.ACCEPT);
        assertThat(item.decidedBeforeFloorOn()).isEqualTo(LocalDate.of(2026, 1, 18));
    }

    @Test
    void anExceptionTheCommitteeDidNotNeedIsNotAnEarlyDecision() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 9)); // a Friday: floor Sunday 25 January
        item.overrideFloor("The board wants it on the next agenda", "BD-12", "admin", on(LocalDate.of(2026, 1, 11)));
        item.decide(Decision.ACCEPT, null, null, NO_HOLIDAYS, SECRETARY, on(LocalDate.of(2026, 1, 25)));
        assertThat(item.decidedBeforeFloorOn()).isNull();
    }

    @Test
    void aFridayHandOverWaitsTwoCalendarWeeksNotTenWorkingDays() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 9));
        // the 10th working day is Thursday 22 January, 13 days on: still refused, with the floor Sunday 25 January
        DomainException early = assertBroken("rule.agenda.beforeFloor", () -> item.decide(Decision.ACCEPT, null, null,
                NO_HOLIDAYS, SECRETARY, on(LocalDate.of(2026, 1, 22))));
        assertArrayEquals(new Object[]{LocalDate.of(2026, 1, 25)}, early.arguments());
        assertThat(item.expectedDecisionDate(NO_HOLIDAYS)).isEqualTo(LocalDate.of(2026, 1, 28));
    }

    @Test
    void aRejectionNeedsReasonsInArabicAndEnglish() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 4));
        LocalDate floor = LocalDate.of(2026, 1, 18);
        assertBroken("rule.agenda.reasonsRequired", () -> item.decide(Decision.REJECT, null, "Shares not paid",
                NO_HOLIDAYS, SECRETARY, on(floor)));
        assertBroken("rule.agenda.reasonsRequired", () -> item.decide(Decision.REJECT, "لم تسدد قيمة الأسهم", " ",
                NO_HOLIDAYS, SECRETARY, on(floor)));
        assertBroken("rule.agenda.reasonArabic", () -> item.decide(Decision.REJECT, "Shares not paid",
                "Shares not paid", NO_HOLIDAYS, SECRETARY, on(floor)));
        assertBroken("rule.agenda.categoryRequired", () -> item.decide(Decision.REJECT, "لم تسدد قيمة الأسهم",
                "The shares were not paid", NO_HOLIDAYS, SECRETARY, on(floor)));
        assertThat(item.isDecided()).isFalse();
        item.decide(Decision.REJECT, RejectionCategory.DUES_UNPAID, "لم تسدد قيمة الأسهم", "The shares were not paid",
                NO_HOLIDAYS, SECRETARY, on(floor));
        assertThat(item.rejectionCategory()).isEqualTo(RejectionCategory.DUES_UNPAID);
        assertThat(item.decidedAfterCeiling()).isFalse();
        assertThat(item.reasonArabic()).isEqualTo("لم تسدد قيمة الأسهم");
        assertThat(item.reasonEnglish()).isEqualTo("The shares were not paid");
    }

    @Test
    void aDeferralIsAllowedAnyTimeAndKeepsTheItemOpen() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 4));
        Change deferred = item.decide(Decision.DEFER, null, "Needs the board's opinion", NO_HOLIDAYS, SECRETARY,
                on(LocalDate.of(2026, 1, 6)));
        assertThat(deferred.action()).isEqualTo("defer");
        assertThat(item.deferrals()).isEqualTo(1);
        assertThat(item.decision()).isEqualTo(Decision.DEFER);
        assertThat(item.isDecided()).isFalse();
        assertThat(item.expectedDecisionDate(NO_HOLIDAYS)).isEqualTo(LocalDate.of(2026, 1, 22));
        item.decide(Decision.ACCEPT, null, null, NO_HOLIDAYS, SECRETARY, on(LocalDate.of(2026, 1, 20)));
        assertThat(item.isDecided()).isTrue();
    }

    @Test
    void thePausedClockMovesFloorAndCeilingAndKeepsItsHistory() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 4));
        Change paused = item.pause(LocalDate.of(2026, 1, 12), "Waiting for the bank letter", "fatima",
                on(LocalDate.of(2026, 1, 12)));
        assertThat(paused.after()).isEqualTo("PAUSED");
        assertThat(item.isPaused()).isTrue();
        assertThat(item.expectedDecisionDate(NO_HOLIDAYS)).isNull();
        assertBroken("rule.agenda.alreadyPaused", () -> item.pause(LocalDate.of(2026, 1, 13), "again", "fatima",
                on(LocalDate.of(2026, 1, 13))));
        assertBroken("rule.agenda.paused", () -> item.decide(Decision.ACCEPT, null, null, NO_HOLIDAYS, SECRETARY,
                on(LocalDate.of(2026, 1, 25))));

        Change resumed = item.resumeClock(LocalDate.of(2026, 1, 14), "fatima", on(LocalDate.of(2026, 1, 14)));
        assertThat(resumed.detail()).isEqualTo("2026-01-12..2026-01-13");
        assertThat(item.earliestDecisionDate(NO_HOLIDAYS)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(item.expectedDecisionDate(NO_HOLIDAYS)).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(item.pauses()).singleElement().satisfies(pause -> {
            assertThat(pause.from()).isEqualTo(LocalDate.of(2026, 1, 12));
            assertThat(pause.toInclusive()).isEqualTo(LocalDate.of(2026, 1, 13));
            assertThat(pause.reason()).isEqualTo("Waiting for the bank letter");
        });
        assertBroken("rule.agenda.notPaused", () -> item.resumeClock(LocalDate.of(2026, 1, 15), "fatima",
                on(LocalDate.of(2026, 1, 15))));
        assertBroken("rule.review.pauseOrder", () -> item.pause(LocalDate.of(2026, 1, 13), "overlap", "fatima",
                on(LocalDate.of(2026, 1, 15))));
        item.pause(LocalDate.of(2026, 1, 14), "again", "fatima", on(LocalDate.of(2026, 1, 14)));
        item.resumeClock(LocalDate.of(2026, 1, 14), "fatima", on(LocalDate.of(2026, 1, 14)));
        assertThat(item.pauses()).hasSize(2);
        assertThat(item.pauses().get(1).toInclusive()).isEqualTo(LocalDate.of(2026, 1, 14));
    }

    @Test
    void aPauseCannotStartBeforeTheHandOver() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 4));
        assertBroken("rule.review.pauseOrder", () -> item.pause(LocalDate.of(2026, 1, 3), "x", "fatima",
                on(LocalDate.of(2026, 1, 4))));
        assertBroken("rule.reason.required", () -> item.pause(LocalDate.of(2026, 1, 5), " ", "fatima",
                on(LocalDate.of(2026, 1, 5))));
    }

    @Test
    void overdueOnlyAfterTheCeilingAndNeverOnceDecided() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 4));
        assertThat(item.isOverdue(NO_HOLIDAYS, LocalDate.of(2026, 1, 22))).isFalse();
        assertThat(item.isOverdue(NO_HOLIDAYS, LocalDate.of(2026, 1, 23))).isTrue();
        Change late = item.decide(Decision.ACCEPT, null, null, NO_HOLIDAYS, SECRETARY, on(LocalDate.of(2026, 1, 25)));
        assertThat(late.detail()).isEqualTo("after the ceiling 2026-01-22");
        assertThat(item.decidedAfterCeiling()).isTrue();
        assertThat(item.rejectionCategory()).as("an acceptance has no rejection category").isNull();
        assertThat(item.isOverdue(NO_HOLIDAYS, LocalDate.of(2026, 1, 25))).isFalse();
    }

    @Test
    void theReminderIsDueFromThreeWorkingDaysBeforeTheCeilingAndGoesOutOnce() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 4)); // ceiling Thursday 22 January
        assertThat(item.reminderDue(NO_HOLIDAYS, LocalDate.of(2026, 1, 18), 3)).isFalse(); // 4 working days left
        assertThat(item.reminderDue(NO_HOLIDAYS, LocalDate.of(2026, 1, 19), 3)).isTrue(); // 3 left
        assertThat(item.reminderDue(NO_HOLIDAYS, LocalDate.of(2026, 1, 22), 3)).isTrue();
        assertThat(item.reminderDue(NO_HOLIDAYS, LocalDate.of(2026, 1, 23), 3)).isFalse(); // overdue instead
        item.markReminded(on(LocalDate.of(2026, 1, 19)));
        assertThat(item.reminderDue(NO_HOLIDAYS, LocalDate.of(2026, 1, 20), 3)).isFalse();
        assertBroken("rule.agenda.alreadyReminded", () -> item.markReminded(on(LocalDate.of(2026, 1, 19))));
    }

    @Test
    void anOverdueItemIsEscalatedOnce() {
        AgendaItem item = handedOverOn(LocalDate.of(2026, 1, 4));
        Change escalated = item.markOverdueEscalated(on(LocalDate.of(2026, 1, 25)));
        assertThat(escalated.actor()).isEqualTo(Change.SYSTEM);
        assertThat(item.overdueEscalatedAt()).isEqualTo(on(LocalDate.of(2026, 1, 25)));
        assertBroken("rule.agenda.alreadyEscalated", () -> item.markOverdueEscalated(on(LocalDate.of(2026, 1, 25))));
    }
}
