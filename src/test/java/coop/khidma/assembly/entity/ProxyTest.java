package coop.khidma.assembly.entity;

import coop.khidma.audit.entity.Change;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static coop.khidma.assembly.entity.Meetings.FIRST;
import static coop.khidma.assembly.entity.Meetings.meeting;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

/** A member's proxy to another member: not oneself, entitled members only, within the limit, until the meeting starts. */
class ProxyTest {

    private static final Instant DAY_BEFORE = Instant.parse("2026-09-30T09:00:00Z");
    private static final Proxy.Parties HIND_TO_SALEH = new Proxy.Parties(11L, "NJT-2026-0011", 12L, "NJT-2026-0012");
    private static final Proxy.Standing FREE = new Proxy.Standing(false, false, false, 0);

    @Test
    void aMemberAppointsAnotherEntitledMember() {
        Proxy proxy = Proxy.appoint(meeting(7), HIND_TO_SALEH, FREE, 1, 501L, "2026-000501", "staff", DAY_BEFORE);

        assertThat(proxy.inForce()).isTrue();
        Change appointed = proxy.appointed();
        assertThat(appointed.subject()).isEqualTo("GA-7");
        assertThat(appointed.before()).isEqualTo("NJT-2026-0011");
        assertThat(appointed.after()).isEqualTo("NJT-2026-0012");
        assertThat(appointed.detail()).isEqualTo("2026-000501");
    }

    @Test
    void noMemberIsTheirOwnProxy() {
        assertBroken("rule.proxy.self", () -> Proxy.appoint(meeting(7), new Proxy.Parties(11L, "NJT-2026-0011", 11L,
                "NJT-2026-0011"), FREE, 3, null, null, "staff", DAY_BEFORE));
    }

    @Test
    void bothMembersMustBeEntitledToAttend() {
        assertBroken("rule.proxy.holderNotEntitled", () -> Proxy.appoint(meeting(7), new Proxy.Parties(11L,
                "NJT-2026-0011", null, "NJT-2026-0099"), FREE, 3, null, null, "staff", DAY_BEFORE));
        assertBroken("rule.proxy.grantorNotEntitled", () -> Proxy.appoint(meeting(7), new Proxy.Parties(null,
                "NJT-2026-0098", 12L, "NJT-2026-0012"), FREE, 3, null, null, "staff", DAY_BEFORE));
    }

    @Test
    void aHolderHoldsNoMoreThanTheLimit() {
        assertThat(Proxy.appoint(meeting(7), HIND_TO_SALEH, new Proxy.Standing(false, false, false, 1), 2, null, null,
                "staff", DAY_BEFORE).inForce()).isTrue();
        var broken = assertBroken("rule.proxy.limit", () -> Proxy.appoint(meeting(7), HIND_TO_SALEH,
                new Proxy.Standing(false, false, false, 2), 2, null, null, "staff", DAY_BEFORE));
        assertThat(broken.arguments()).containsExactly("NJT-2026-0012", 2);
        assertBroken("rule.proxy.limit", () -> Proxy.appoint(meeting(7), HIND_TO_SALEH, FREE, 0, null, null,
                "staff", DAY_BEFORE));
    }

    @Test
    void aVoteIsGivenOnceAndNeverPassedOn() {
        assertBroken("rule.proxy.alreadyGiven", () -> Proxy.appoint(meeting(7), HIND_TO_SALEH,
                new Proxy.Standing(true, false, false, 0), 3, null, null, "staff", DAY_BEFORE));
        assertBroken("rule.proxy.grantorHolds", () -> Proxy.appoint(meeting(7), HIND_TO_SALEH,
                new Proxy.Standing(false, true, false, 0), 3, null, null, "staff", DAY_BEFORE));
        assertBroken("rule.proxy.holderGave", () -> Proxy.appoint(meeting(7), HIND_TO_SALEH,
                new Proxy.Standing(false, false, true, 0), 3, null, null, "staff", DAY_BEFORE));
    }

    @Test
    void aProxyIsWithdrawnBeforeTheMeetingStartsNeverAfter() {
        GeneralAssembly assembly = meeting(7);
        Proxy early = Proxy.appoint(assembly, HIND_TO_SALEH, FREE, 1, null, null, "staff", DAY_BEFORE);
        Proxy late = Proxy.appoint(assembly, HIND_TO_SALEH, FREE, 1, null, null, "staff", DAY_BEFORE);

        Change withdrawn = early.withdraw(assembly, "staff", FIRST.minusSeconds(1));
        assertThat(withdrawn.action()).isEqualTo("withdraw");
        assertThat(early.inForce()).isFalse();
        assertBroken("rule.proxy.withdrawn", () -> early.withdraw(assembly, "staff", FIRST.minusSeconds(1)));
        assertBroken("rule.proxy.meetingStarted", () -> late.withdraw(assembly, "staff", FIRST));
        assertBroken("rule.proxy.meetingStarted", () -> Proxy.appoint(assembly, HIND_TO_SALEH, FREE, 1, null, null,
                "staff", FIRST.plusSeconds(60)));
        assertThat(late.inForce()).isTrue();
    }

    @Test
    void aMeetingOpenedEarlyHasStartedForProxiesToo() {
        GeneralAssembly assembly = meeting(7);
        Proxy proxy = Proxy.appoint(assembly, HIND_TO_SALEH, FREE, 1, null, null, "staff", DAY_BEFORE);
        assembly.invitationsSent(40, DAY_BEFORE, "staff");
        Instant opened = FIRST.minusSeconds(1800);
        assembly.open(opened, "staff");

        assertBroken("rule.proxy.meetingStarted", () -> proxy.withdraw(assembly, "staff", opened.plusSeconds(60)));
    }
}
