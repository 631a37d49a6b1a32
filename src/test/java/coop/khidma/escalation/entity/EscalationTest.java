package coop.khidma.escalation.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.escalation.control.EscalationLadder;
import coop.khidma.escalation.control.EscalationLadderTest;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requests;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static coop.khidma.intake.entity.Requests.CLERK;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class EscalationTest {

    /** Sunday 1 March 2026, 09:00 in Riyadh. */
    private static final Instant RAISED = Instant.parse("2026-03-01T06:00:00Z");
    private static final List<String> STAFF = List.of(Roles.STAFF);
    private final EscalationLadder ladder = EscalationLadder.defaults(EscalationLadderTest.office());
    private final ServiceRequest request = Requests.walkedTo(Requests.committeeType(), RequestStatus.IN_INTAKE);

    @Test
    void aStaffMemberRaisesToTheSupervisorWithAReason() {
        Escalation escalation = Escalation.raise(request.key(), ladder, "The member does not understand the share rules",
                CLERK, STAFF, RAISED);
        assertThat(escalation.levelCode()).isEqualTo("SUPERVISOR");
        assertThat(escalation.state()).isEqualTo(EscalationState.OPEN);
        // three working days after Sunday 1 March: by Wednesday 4 March, late from midnight in Riyadh
        assertThat(escalation.dueBy()).isEqualTo(LocalDate.parse("2026-03-04"));
        assertThat(escalation.dueAt()).isEqualTo(Instant.parse("2026-03-04T21:00:00Z"));
        assertThat(escalation.requestReference()).isEqualTo("2026-000001");
        assertThat(escalation.raised()).isEqualTo(new Change("ESCALATION", "2026-000001/SUPERVISOR", "raise", null,
                "OPEN", CLERK, RAISED, "SUPERVISOR"));
        assertBroken("rule.escalation.reasonRequired",
                () -> Escalation.raise(request.key(), ladder, " ", CLERK, STAFF, RAISED));
    }

    @Test
    void aSupervisorsReferralGoesToTheDirectorAndTheDirectorsToTheBoard() {
        assertThat(Escalation.raise(request.key(), ladder, "unclear", "huda.supervisor",
                List.of(Roles.STAFF, Roles.SUPERVISOR), RAISED).levelCode()).isEqualTo("DIRECTOR");
        assertThat(Escalation.raise(request.key(), ladder, "unclear", "khalid.director", List.of(Roles.DIRECTOR),
                RAISED).levelCode()).isEqualTo("BOARD");
    }

    @Test
    void noOneAnswersTheirOwnReferralWhateverTheCaseOfTheirNameOrTheLevelItClimbedTo() {
        Escalation escalation = Escalation.raise(request.key(), ladder, "unclear", "Fatima.AlYami", STAFF, RAISED);
        var own = assertBroken("rule.escalation.ownReferral",
                () -> escalation.answer("I answer myself", "fatima.alyami", RAISED.plusSeconds(60)));
        assertThat(own.arguments()).containsExactly("2026-000001");
        assertThat(escalation.state()).isEqualTo(EscalationState.OPEN);

        Escalation director = escalation.climb(ladder, escalation.dueAt()).higher();
        assertThat(director.raisedBy()).isEqualTo(Change.SYSTEM);
        assertThat(director.referredBy()).isEqualTo("Fatima.AlYami");
        assertBroken("rule.escalation.ownReferral",
                () -> director.answer("still mine", "FATIMA.ALYAMI", director.raisedAt().plusSeconds(60)));
        director.answer("The bylaws allow it.", "khalid.director", director.raisedAt().plusSeconds(60));
        assertThat(director.state()).isEqualTo(EscalationState.ANSWERED);
    }

    @Test
    void aClosedRequestIsNotEscalated() {
        ServiceRequest closed = Requests.walkedTo(Requests.committeeType(), RequestStatus.WITHDRAWN);
        assertBroken("rule.escalation.requestClosed",
                () -> Escalation.raise(closed.key(), ladder, "why", CLERK, STAFF, RAISED));
    }

    @Test
    void theAnswerIsRecordedOnceWithWhoAndWhen() {
        Escalation escalation = Escalation.raise(request.key(), ladder, "unclear", CLERK, STAFF, RAISED);
        assertBroken("rule.escalation.answerRequired", () -> escalation.answer("  ", "khalid", RAISED.plusSeconds(60)));
        Change answered = escalation.answer("Shares are 100 SAR each; at most 50 per member.", "khalid",
                RAISED.plusSeconds(3600));
        assertThat(answered.after()).isEqualTo("ANSWERED");
        assertThat(escalation.answeredBy()).isEqualTo("khalid");
        assertThat(escalation.answeredAt()).isEqualTo(RAISED.plusSeconds(3600));
        assertBroken("rule.escalation.notOpen", () -> escalation.answer("again", "khalid", RAISED.plusSeconds(7200)));
        assertBroken("rule.escalation.notOpen", () -> escalation.climb(ladder, RAISED.plus(Duration.ofDays(9))));
    }

    @Test
    void anUnansweredEscalationClimbsExactlyAtItsDueTime() {
        Escalation officer = Escalation.raiseAt(request.key(), ladder, "OFFICER", "unclear", CLERK, RAISED);
        // two working days after Sunday 1 March: the end of Tuesday 3 March in Riyadh
        Instant due = Instant.parse("2026-03-03T21:00:00Z");
        assertThat(officer.isOverdue(due.minusNanos(1))).isFalse();
        assertBroken("rule.escalation.notDue", () -> officer.climb(ladder, due.minusNanos(1)));
        assertThat(officer.isOverdue(due)).isTrue();

        Escalation.Climb climb = officer.climb(ladder, due);
        Escalation supervisor = climb.higher();
        assertThat(officer.state()).isEqualTo(EscalationState.CLIMBED);
        assertThat(officer.climbedAt()).isEqualTo(due);
        assertThat(supervisor.levelCode()).isEqualTo("SUPERVISOR");
        assertThat(supervisor.state()).isEqualTo(EscalationState.OPEN);
        assertThat(supervisor.previous()).isSameAs(officer);
        assertThat(supervisor.reason()).isEqualTo("unclear");
        assertThat(supervisor.raisedBy()).isEqualTo(Change.SYSTEM);
        // reached the supervisor on Wednesday 4 March (Riyadh): three working days, Thursday, Sunday, Monday
        assertThat(supervisor.dueBy()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(climb.changes()).extracting(Change::action).containsExactly("climb", "climbedInto");
        assertThat(climb.climbed().detail()).isEqualTo("OFFICER -> SUPERVISOR");
    }

    @Test
    void itClimbsTheWholeLadderAndStopsAtTheBoard() {
        Escalation current = Escalation.raiseAt(request.key(), ladder, "OFFICER", "unclear", CLERK, RAISED);
        Instant now = RAISED;
        for (String expected : List.of("SUPERVISOR", "DIRECTOR", "BOARD")) {
            now = current.dueAt();
            current = current.climb(ladder, now).higher();
            assertThat(current.levelCode()).isEqualTo(expected);
        }
        // officer by Tue 3 March, supervisor by Mon 9, director by Tue 17 (reached Tue 10), the board ten working
        // days after Wednesday 18 March: by Wednesday 1 April
        assertThat(now).isEqualTo(Instant.parse("2026-03-17T21:00:00Z"));
        assertThat(current.dueBy()).isEqualTo(LocalDate.parse("2026-04-01"));
        Escalation board = current;
        assertBroken("rule.escalation.atTop", () -> board.climb(ladder, board.dueAt().plusSeconds(1)));
        assertThat(board.state()).isEqualTo(EscalationState.OPEN);
        assertThat(board.isOverdue(board.dueAt())).isTrue();
    }

    @Test
    void theMemberSeesTheLevelNeverThePerson() {
        Escalation escalation = Escalation.raise(request.key(), ladder, "unclear", "fatima.alyami", STAFF, RAISED);
        escalation.answer("answer", "khalid.director", RAISED.plusSeconds(1));
        assertThat(escalation.publicLevel()).isEqualTo("SUPERVISOR");
        assertThat(escalation.publicLevel()).doesNotContain("fatima").doesNotContain("khalid");
    }

    @Test
    void theLadderRowsMakeTheLadderInPositionOrder() {
        List<EscalationLevel> rows = List.of(
                new EscalationLevel("DIRECTOR", 3, 5, Roles.DIRECTOR),
                new EscalationLevel("OFFICER", 1, 2, Roles.STAFF),
                new EscalationLevel("BOARD", 4, 10, Roles.DIRECTOR),
                new EscalationLevel("SUPERVISOR", 2, 3, Roles.SUPERVISOR));
        assertThat(EscalationLevel.ladder(rows, EscalationLadderTest.office()).levels()).isEqualTo(ladder.levels());
        assertBroken("rule.escalation.workingDays", () -> rows.get(0).changeResponseTime(0));
        assertBroken("rule.escalation.workingDays", () -> rows.get(0).changeResponseTime(61));
        assertThat(rows.get(0).responseWorkingDays()).isEqualTo(5);
        rows.get(0).changeResponseTime(7);
        assertThat(rows.get(0).responseWorkingDays()).isEqualTo(7);
    }
}
