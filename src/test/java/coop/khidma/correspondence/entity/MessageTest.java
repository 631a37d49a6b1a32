package coop.khidma.correspondence.entity;

import coop.khidma.person.SaudiMobile;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class MessageTest {

    private static final Instant AT = Instant.parse("2026-03-01T06:00:00Z");
    private static final Letter LETTER = new Letter(MessageKind.ACKNOWLEDGEMENT, "2026-000001", "استلمنا طلبكم", "نص",
            "Received", "Text");
    private static final SaudiMobile MOBILE = SaudiMobile.parse("0501234567");

    private static Recipient by(MessageChannel channel, SaudiMobile mobile) {
        return new Recipient("Sara", mobile, null, channel);
    }

    @Test
    void anEmailNeedsAnAddressAndAnSmsAMobile() {
        assertBroken("rule.message.noEmail", () -> Message.queue(LETTER, by(MessageChannel.EMAIL, MOBILE), AT));
        assertBroken("rule.message.noMobile", () -> Message.queue(LETTER, by(MessageChannel.SMS, null), AT));
        assertThat(Message.queue(LETTER, by(MessageChannel.LETTER, null), AT).queued().detail())
                .isEqualTo("ACKNOWLEDGEMENT by LETTER");
    }

    @Test
    void aMessageIsSentOnce() {
        Message message = Message.queue(LETTER, by(MessageChannel.SMS, MOBILE), AT);
        assertThat(message.markSent(AT.plusSeconds(5)).after()).isEqualTo("SENT");
        assertThat(message.sentAt()).isEqualTo(AT.plusSeconds(5));
        assertBroken("rule.message.notPending", () -> message.markSent(AT.plusSeconds(6)));
    }

    @Test
    void afterFiveFailuresTheSenderGivesUp() {
        Message message = Message.queue(LETTER, by(MessageChannel.SMS, MOBILE), AT);
        for (int attempt = 1; attempt < Message.MAX_ATTEMPTS; attempt++) {
            message.markFailed("gateway timeout", AT.plusSeconds(attempt));
            assertThat(message.state()).isEqualTo(MessageState.PENDING);
        }
        message.markFailed("gateway timeout", AT.plusSeconds(60));
        assertThat(message.state()).isEqualTo(MessageState.FAILED);
        assertThat(message.attempts()).isEqualTo(5);
        assertThat(message.lastError()).isEqualTo("gateway timeout");
        assertBroken("rule.message.notPending", () -> message.markFailed("again", AT.plusSeconds(61)));
    }
}
