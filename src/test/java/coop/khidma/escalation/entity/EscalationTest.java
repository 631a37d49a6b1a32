package coop.khidma.escalation.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.escalation.control.EscalationLadder;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requests;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static coop.khidma.intake.entity.Requests.CLERK;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class EscalationTest {

    private static final Instant RAISED = Instant.parse("2026-03-01T06:00:00Z");
    private final EscalationLadder ladder = EscalationLadder.defaults();
    private final ServiceRequest request = Requests.walkedTo(Requests.committeeType(), RequestStatus.IN_INTAKE);

    @Test
    void aStaffMemberRaisesToTheFirstLevelWithAReason() {
        Escalation escalation = Escalation.raise(request.key(), ladder, "The member does not understand the share rules",
                CLERK, RAISED);
        assertThat(escalation.levelCode()).isEqualTo("OFFICER");
        assertThat(escalation.state()).isEqualTo(EscalationState.OPEN);
        assertThat(escalation.dueAt()).isEqualTo(RAISED.plus(Duration.ofDays(2)));
        assertThat(escalation.requestReference()).isEqualTo("2026-000001");
        assertThat(escalation.raised()).isEqualTo(new Change("ESCALATION", "2026-000001/OFFICER", "raise", null,
                "OPEN", CLERK, RAISED, "OFFICER"));
        assertBroken("rule.escalation.reasonRequired", () -> Escalation.raise(request.key(), ladder, " ", CLERK, RAISED));
    }

    @Test
    void aClosedRequestIsNotEscalated() {
        ServiceRequest closed = Requests.walkedTo(Requests.committeeType(), RequestStatus.WITHDRAWN);
        assertBroken("rule.escalation.requestClosed", () -> Escalation.raise(closed.key(), ladder, "why", CLERK, RAISED));
    }

    @Test
    void theAnswerIsRecordedOnceWithWhoAndWhen() {
        Escalation escalation = Escalation.raise(request.key(), ladder, "unclear", CLERK, RAISED);
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
        Escalation officer = Escalation.raise(request.key(), ladder, "unclear", CLERK, RAISED);
        Instant due = RAISED.plus(Duration.ofDays(2));
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
        assertThat(supervisor.dueAt()).isEqualTo(due.plus(Duration.ofDays(3)));
        assertThat(climb.changes()).extracting(Change::action).containsExactly("climb", "climbedInto");
        assertThat(climb.climbed().detail()).isEqualTo("OFFICER -> SUPERVISOR");
    }

    @Test
    void itClimbsTheWholeLadderAndStopsAtTheBoard() {
        Escalation current = Escalation.raise(request.key(), ladder, "unclear", CLERK, RAISED);
        Instant now = RAISED;
        for (String expected : List.of("SUPERVISOR", "DIRECTOR", "BOARD")) {
            now = current.dueAt();
            current = current.climb(ladder, now).higher();
            assertThat(current.levelCode()).isEqualTo(expected);
        }
        assertThat(current.dueAt()).isEqualTo(now.plus(Duration.ofDays(10)));
        Escalation board = current;
        assertBroken("rule.escalation.atTop", () -> board.climb(ladder, board.dueAt().plusSeconds(1)));
        assertThat(board.state()).isEqualTo(EscalationState.OPEN);
        assertThat(board.isOverdue(board.dueAt())).isTrue();
    }

    @Test
    void theMemberSeesTheLevelNeverThePerson() {
        Escalation escalation = Escalation.raise(request.key(), ladder, "unclear", "fatima.alyami", RAISED);
        escalation.answer("answer", "khalid.director", RAISED.plusSeconds(1));
        assertThat(escalation.publicLevel()).isEqualTo("OFFICER");
        assertThat(escalation.publicLevel()).doesNotContain("fatima").doesNotContain("khalid");
    }

    @Test
    void theLadderRowsMakeTheLadderInPositionOrder() {
        List<EscalationLevel> rows = List.of(
                new EscalationLevel("DIRECTOR", 3, Duration.ofDays(5), Roles.DIRECTOR),
                new EscalationLevel("OFFICER", 1, Duration.ofDays(2), Roles.STAFF),
                new EscalationLevel("BOARD", 4, Duration.ofDays(10), Roles.DIRECTOR),
                new EscalationLevel("SUPERVISOR", 2, Duration.ofDays(3), Roles.SUPERVISOR));
        assertThat(EscalationLevel.ladder(rows).levels()).isEqualTo(ladder.levels());
        assertBroken("rule.escalation.level", () -> rows.get(0).changeResponseTime(Duration.ZERO));
        rows.get(0).changeResponseTime(Duration.ofHours(36));
        assertThat(rows.get(0).responseTime()).isEqualTo(Duration.ofHours(36));
    }
}
