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
        assertThat(Message.queue(LETTER, by(MessageChannel.SMS, MOBILE), AT, "0123456789abcdef").filedFrom())
                .isEqualTo("0123456789abcdef");
        for (String notAFingerprint : new String[] {"203.0.113.7", "2001:db8::1", "0123456789ABCDEF", ""}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.queue(LETTER,
                    by(MessageChannel.SMS, MOBILE), AT, notAFingerprint)).as(notAFingerprint)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Message sms() {
        return Message.queue(LETTER, by(MessageChannel.SMS, MOBILE), AT);
    }

    @Test
    void aMessageIsSentOnlyWithTheProvidersIdAndOnce() {
        Message message = sms();
        assertBroken("rule.message.noProviderId", () -> message.markSent(null, AT));
        assertBroken("rule.message.noProviderId", () -> message.markSent("  ", AT));
        assertBroken("rule.message.noProviderId", () -> message.markSent("x".repeat(101), AT));
        assertThat(message.state()).isEqualTo(MessageState.PENDING);
        assertThat(message.markSent("prov-77", AT.plusSeconds(5)).after()).isEqualTo("SENT");
        assertThat(message.providerId()).isEqualTo("prov-77");
        assertThat(message.sentAt()).isEqualTo(AT.plusSeconds(5));
        assertBroken("rule.message.notPending", () -> message.markSent("prov-78", AT.plusSeconds(6)));
    }

    @Test
    void withNoGatewayItSaysSoAndIsNeverSent() {
        Message message = sms();
        assertThat(message.markNoGateway("no SMS provider configured", AT).after()).isEqualTo("NO_GATEWAY");
        assertThat(message.lastError()).isEqualTo("no SMS provider configured");
        assertThat(message.sentAt()).isNull();
        assertBroken("rule.message.notPending", () -> message.markSent("prov-1", AT));
        assertBroken("rule.message.notSent", () -> message.report(true, null, AT));
    }

    @Test
    void temporaryFailuresWaitTwiceAsLongEachTimeAndTheFifthGivesUp() {
        Message message = sms();
        message.markRetry("provider answered HTTP 503", AT);
        assertThat(message.nextAttemptAt()).isEqualTo(Instant.parse("2026-03-01T06:01:00Z"));
        assertThat(message.dueAt(Instant.parse("2026-03-01T06:00:59Z"))).isFalse();
        assertThat(message.dueAt(Instant.parse("2026-03-01T06:01:00Z"))).isTrue();
        message.markRetry("provider answered HTTP 429", AT);
        assertThat(message.nextAttemptAt()).isEqualTo(Instant.parse("2026-03-01T06:02:00Z"));
        message.markRetry("timeout", AT);
        assertThat(message.nextAttemptAt()).isEqualTo(Instant.parse("2026-03-01T06:04:00Z"));
        message.markRetry("timeout", AT);
        assertThat(message.nextAttemptAt()).isEqualTo(Instant.parse("2026-03-01T06:08:00Z"));
        assertThat(message.state()).isEqualTo(MessageState.PENDING);
        message.markRetry("provider answered HTTP 500", AT.plusSeconds(600));
        assertThat(message.state()).isEqualTo(MessageState.FAILED);
        assertThat(message.attempts()).isEqualTo(5);
        assertThat(message.lastError()).isEqualTo("provider answered HTTP 500");
        assertThat(message.dueAt(AT.plusSeconds(9999))).isFalse();
        assertBroken("rule.message.notPending", () -> message.markRetry("again", AT.plusSeconds(601)));
    }

    @Test
    void aRefusalFailsAtOnceWithItsReason() {
        Message message = sms();
        assertThat(message.markFailed("provider answered HTTP 400", AT).after()).isEqualTo("FAILED");
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.lastError()).isEqualTo("provider answered HTTP 400");
        assertBroken("rule.message.notSent", () -> message.report(true, null, AT));
    }

    @Test
    void deliveryIsReportedOnlyAfterSendingAndARepeatedReportChangesNothing() {
        Message message = sms();
        assertBroken("rule.message.notSent", () -> message.report(true, null, AT));
        message.markSent("prov-9", AT);
        assertThat(message.report(true, null, AT.plusSeconds(30)).orElseThrow().after()).isEqualTo("DELIVERED");
        assertThat(message.report(true, null, AT.plusSeconds(40))).isEmpty();
        assertThat(message.report(false, "handset off", AT.plusSeconds(50))).as("a late contrary duplicate").isEmpty();
        assertThat(message.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(message.reportedAt()).isEqualTo(AT.plusSeconds(30));
    }

    @Test
    void anUndeliveredReportFailsItWithTheProvidersReason() {
        Message message = sms();
        message.markSent("prov-10", AT);
        assertThat(message.report(false, "absent subscriber", AT.plusSeconds(30)).orElseThrow().after())
                .isEqualTo("FAILED");
        assertThat(message.lastError()).isEqualTo("absent subscriber");
        assertThat(message.report(false, "absent subscriber", AT.plusSeconds(31))).isEmpty();
    }

    @Test
    void onlyAnUndeliveredSmsOrEmailIsTriedAgainAsANewMessageTheOldOneKeptAsItWas() {
        Message failed = sms();
        failed.markFailed("provider answered HTTP 400", AT);
        Instant later = Instant.parse("2026-03-01T08:30:00Z");
        Message again = failed.resent(later);
        assertThat(again.state()).isEqualTo(MessageState.PENDING);
        assertThat(again.createdAt()).isEqualTo(later);
        assertThat(again.attempts()).isZero();
        assertThat(again.recipientMobile()).isEqualTo(MOBILE);
        assertThat(again.subjectArabic()).isEqualTo("استلمنا طلبكم");
        assertThat(again.requestReference()).isEqualTo("2026-000001");
        assertThat(again.resentFrom(failed, "staff.huda").actor()).isEqualTo("staff.huda");
        assertThat(failed.state()).as("the old record stays true").isEqualTo(MessageState.FAILED);
        assertThat(failed.lastError()).isEqualTo("provider answered HTTP 400");

        Message noGateway = sms();
        noGateway.markNoGateway("no SMS provider configured", AT);
        assertThat(noGateway.resent(later).state()).isEqualTo(MessageState.PENDING);

        Message delivered = sms();
        delivered.markSent("prov-1", AT);
        assertBroken("rule.message.notResendable", () -> delivered.resent(later));
        delivered.report(true, null, AT);
        assertBroken("rule.message.notResendable", () -> delivered.resent(later));
        assertBroken("rule.message.notResendable", () -> sms().resent(later));
        Message letter = Message.queue(LETTER, by(MessageChannel.LETTER, null), AT);
        assertBroken("rule.message.notResendable", () -> letter.resent(later));
    }
}
