package coop.khidma.assembly.entity;

import coop.khidma.assembly.control.Representation;
import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.MessageChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No one's vote is shown to anybody else: the audit trail, which staff and the member page's history read, records that
 * a vote was recorded, on which item, for whom and by whom — never the choice.
 */
class VoteTest {

    private static final Instant VOTED = Instant.parse("2026-10-01T13:40:00Z");

    @ParameterizedTest
    @EnumSource(Vote.Choice.class)
    void theAuditFactOfAVoteNamesItemMemberAndVoterButNeverTheChoice(Vote.Choice choice) {
        Vote vote = Vote.cast(item(), represented(), choice, Attendance.Desk.KIOSK, Change.KIOSK, VOTED);

        Change fact = vote.recorded();

        assertThat(fact).isEqualTo(new Change(Vote.SUBJECT_TYPE, "GA-7", "vote", null, "item 1, NJ-2026-00003",
                "kiosk", VOTED, "cast by NJ-2026-00004, KIOSK"));
        assertThat(fact.toString()).doesNotContain("FOR", "AGAINST", "ABSTAIN");
        assertThat(vote.choice()).as("kept on the vote itself, for the totals and the member's own copy")
                .isEqualTo(choice);
    }

    @Test
    void anItemThatIsOnlyPresentedTakesNoVote() {
        GeneralAssembly meeting = Meetings.meeting(7);
        meeting.addItem(new AgendaItem.Text("تقرير مجلس الإدارة", "The board's report", null, null),
                DecisionRule.INFORMATION_ONLY, Meetings.SCHEDULED, "admin");
        AgendaItem report = meeting.agenda().get(1);
        Meetings.set(report, "id", 12L);

        assertThatThrownBy(() -> Vote.cast(report, represented(), Vote.Choice.FOR, Attendance.Desk.CONSOLE, "staff1",
                VOTED)).hasMessage("rule.vote.noVote");
    }

    private static AgendaItem item() {
        AgendaItem item = Meetings.meeting(7).agenda().get(0);
        Meetings.set(item, "id", 11L);
        return item;
    }

    /** Member 3 (NJ-2026-00003), represented by their proxy member 4 (NJ-2026-00004). */
    private static Attendance represented() {
        AssemblyInvitation grantor = AssemblyInvitation.send(7, 3, "NJ-2026-00003", 10, MessageChannel.SMS, "418203",
                "admin", Meetings.SCHEDULED);
        AssemblyInvitation holder = AssemblyInvitation.send(7, 4, "NJ-2026-00004", 5, MessageChannel.SMS, "418204",
                "admin", Meetings.SCHEDULED);
        return Attendance.record(grantor, new Representation.Presence(3, Representation.Mode.BY_PROXY, 4), holder,
                Attendance.Desk.KIOSK, "kiosk", Meetings.FIRST);
    }
}
