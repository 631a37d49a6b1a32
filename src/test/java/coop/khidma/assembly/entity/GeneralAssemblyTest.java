package coop.khidma.assembly.entity;

import coop.khidma.audit.entity.Change;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static coop.khidma.assembly.entity.Meetings.FIRST;
import static coop.khidma.assembly.entity.Meetings.RECORD_DATE;
import static coop.khidma.assembly.entity.Meetings.SCHEDULED;
import static coop.khidma.assembly.entity.Meetings.meeting;
import static coop.khidma.assembly.entity.Meetings.plan;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class GeneralAssemblyTest {

    private static final AgendaItem.Text BUDGET = new AgendaItem.Text("اعتماد الموازنة", "Approving the budget",
            "الموازنة التقديرية لعام 2027", "The estimated budget for 2027");

    @Test
    void aMeetingIsScheduledWithItsPlanAndTheNoticeOfTheDay() {
        GeneralAssembly assembly = meeting(7);

        assertThat(assembly.status()).isEqualTo(AssemblyStatus.SCHEDULED);
        assertThat(assembly.meetingDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(assembly.noticeDays()).isEqualTo(15);
        assertThat(assembly.subject()).isEqualTo("GA-7");
        assertThat(assembly.place()).isEqualTo("مقر الجمعية، نجران");
    }

    @Test
    void aPlanIsRefusedInThePastWithASecondMeetingBeforeTheFirstOrARecordDateAfterTheMeeting() {
        assertBroken("rule.assembly.past", () -> GeneralAssembly.check(plan(), true, FIRST));
        assertBroken("rule.assembly.noSecondMeeting", () -> GeneralAssembly.check(plan(), false, SCHEDULED));
        assertBroken("rule.assembly.secondBeforeFirst", () -> GeneralAssembly.check(new GeneralAssembly.Plan(
                AssemblyKind.ORDINARY, FIRST, FIRST, "نجران", RECORD_DATE), true, SCHEDULED));
        assertBroken("rule.assembly.recordDate", () -> GeneralAssembly.check(new GeneralAssembly.Plan(
                AssemblyKind.ORDINARY, FIRST, null, "نجران", LocalDate.of(2026, 10, 2)), true, SCHEDULED));
        assertBroken("rule.assembly.place", () -> GeneralAssembly.check(new GeneralAssembly.Plan(
                AssemblyKind.EXTRAORDINARY, FIRST, null, "   ", RECORD_DATE), true, SCHEDULED));
        assertBroken("rule.assembly.kindRequired", () -> GeneralAssembly.check(new GeneralAssembly.Plan(
                null, FIRST, null, "نجران", RECORD_DATE), true, SCHEDULED));
    }

    @Test
    void theAgendaIsKeptInOrderAndRenumberedWhenAnItemMovesOrGoes() {
        GeneralAssembly assembly = meeting(7);
        assembly.addItem(BUDGET, DecisionRule.TWO_THIRDS, SCHEDULED, "admin");
        assembly.addItem(new AgendaItem.Text("تقرير مجلس الإدارة", "The board's report", null, null),
                DecisionRule.INFORMATION_ONLY, SCHEDULED, "admin");

        assembly.moveItem(3, -1, SCHEDULED, "admin");
        assertThat(assembly.agenda()).extracting(AgendaItem::titleEnglish).containsExactly(
                "Approving the financial statements", "The board's report", "Approving the budget");
        Change removed = assembly.removeItem(1, SCHEDULED, "admin");
        assertThat(assembly.agenda()).extracting(AgendaItem::position).containsExactly(1, 2);
        assertThat(assembly.agenda().get(1).noteEnglish()).isEqualTo("The estimated budget for 2027");
        assertThat(assembly.agenda().get(0).isVoted()).isFalse();
        assertThat(removed.detail()).isEqualTo("1. Approving the financial statements");
        assertBroken("rule.assembly.itemNotFound", () -> assembly.removeItem(3, SCHEDULED, "admin"));
        assertBroken("rule.agenda.title", () -> assembly.addItem(new AgendaItem.Text("بند", " ", null, null),
                DecisionRule.MAJORITY, SCHEDULED, "admin"));
        assertBroken("rule.agenda.ruleRequired", () -> assembly.addItem(BUDGET, null, SCHEDULED, "admin"));
    }

    @Test
    void onceInvitedTheDatePlaceAndAgendaAreFrozen() {
        GeneralAssembly assembly = meeting(7);
        Change invited = assembly.invitationsSent(120, SCHEDULED, "staff");

        assertThat(invited.action()).isEqualTo("invite");
        assertThat(assembly.invitedAt()).isEqualTo(SCHEDULED);
        assertBroken("rule.assembly.alreadyInvited", () -> assembly.addItem(BUDGET, DecisionRule.MAJORITY,
                SCHEDULED, "admin"));
        assertBroken("rule.assembly.alreadyInvited", () -> assembly.revise(plan(), true, SCHEDULED, "admin"));
        assertThat(assembly.invitationsSent(2, SCHEDULED.plusSeconds(60), "staff").action()).isEqualTo("inviteMore");
        assertThat(assembly.invitedAt()).as("the first sending is kept").isEqualTo(SCHEDULED);
    }

    @Test
    void invitationsNeedAnAgendaAndAMeetingNeedsInvitationsToOpen() {
        GeneralAssembly empty = GeneralAssembly.schedule(plan(), true, 15, false, SCHEDULED, "admin");
        assertBroken("rule.assembly.emptyAgenda", () -> empty.invitationsSent(3, SCHEDULED, "staff"));
        assertBroken("rule.assembly.notInvited", () -> empty.open(FIRST, "staff"));
    }

    @Test
    void theMeetingHasStartedAtItsFirstMeetingTimeOrWhenOpenedAndACancelledOneTakesNoMore() {
        GeneralAssembly assembly = meeting(7);
        assertThat(assembly.hasStarted(FIRST.minusSeconds(1))).isFalse();
        assertThat(assembly.hasStarted(FIRST)).isTrue();

        assembly.invitationsSent(5, SCHEDULED, "staff");
        Instant early = FIRST.minusSeconds(600);
        assembly.open(early, "staff");
        assertThat(assembly.hasStarted(early)).isTrue();
        assertBroken("rule.assembly.notScheduled", () -> assembly.cancel("تأجيل", early, "admin"));
        assembly.close(FIRST.plusSeconds(7200), "staff");
        assertThat(assembly.status()).isEqualTo(AssemblyStatus.CLOSED);

        GeneralAssembly called = meeting(8);
        assertBroken("rule.reason.required", () -> called.cancel(" ", SCHEDULED, "admin"));
        called.cancel("تعذّر توفير القاعة", SCHEDULED, "admin");
        assertBroken("rule.assembly.notScheduled", () -> called.invitationsSent(1, SCHEDULED, "staff"));
    }
}
