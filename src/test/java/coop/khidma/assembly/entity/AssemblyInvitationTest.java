package coop.khidma.assembly.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.MessageChannel;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AssemblyInvitationTest {

    private static final Instant AT = Instant.parse("2026-09-10T07:00:00Z");

    @Test
    void theCheckInCodeIsKeptOnlyAsAHashBoundToTheMeetingAndTheMember() {
        AssemblyInvitation invitation = AssemblyInvitation.send(7, 11, "NJT-2026-0011", 25, MessageChannel.SMS,
                "048213", "staff", AT);

        assertThat(invitation.matches("048213")).isTrue();
        assertThat(invitation.matches(" 048213 ")).isTrue();
        assertThat(invitation.matches("048214")).isFalse();
        assertThat(invitation.matches(null)).isFalse();
        assertThat(AssemblyInvitation.send(7, 12, "NJT-2026-0012", 25, MessageChannel.SMS, "048213", "staff", AT)
                .matches("048213")).isTrue();
        assertThat(AssemblyInvitation.hash(7, 11, "048213")).hasSize(64).doesNotContain("048213")
                .isNotEqualTo(AssemblyInvitation.hash(7, 12, "048213"))
                .isNotEqualTo(AssemblyInvitation.hash(8, 11, "048213"));
        Change sent = invitation.sent();
        assertThat(sent.subject()).isEqualTo("GA-7");
        assertThat(sent.toString()).doesNotContain("048213");
        assertThat(sent.detail()).isEqualTo("SMS, 25 shares");
    }
}
