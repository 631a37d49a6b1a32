package coop.khidma.correspondence.control;

import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTest {

    /** The longest reference a message can carry (a request's in its seventh digit) and the longest dates. */
    private static final String LONGEST_REFERENCE = "2026-1234567";
    /** 19 Rabi al-Akhir 1448 AH, 30/9/2026: a long Hijri month name and two-digit days. */
    private static final Instant LONG_DATES = Instant.parse("2026-09-30T09:00:00Z");

    @Test
    void everyPromiseIsToldInALineOfArabicAndALineOfEnglishWithinTwoPartsEvenWithTheLongestReferenceAndDate() {
        for (MessageKind kind : MessageKind.values()) {
            if (kind.subjectIsTheSms()) {
                // its subject is the SMS, written by the one who queues it (InvitationLettersTest holds it)
                assertThat(SmsText.of(kind, LONGEST_REFERENCE, LONG_DATES, "سطر عربي", "English line"))
                        .isEqualTo("سطر عربي\nEnglish line");
                continue;
            }
            for (Instant at : new Instant[] {LONG_DATES, Instant.parse("2026-11-28T09:00:00Z"),
                    Instant.parse("2026-02-22T09:00:00Z"), Instant.parse("2027-05-30T09:00:00Z"),
                    Instant.parse("2026-12-09T09:00:00Z"), Instant.parse("2026-11-30T09:00:00Z")}) {
                String sms = SmsText.of(kind, LONGEST_REFERENCE, at);
                assertThat(SmsSegments.of(sms)).as("%s at %s: %s (%d characters)", kind, at, sms, sms.length())
                        .isLessThanOrEqualTo(SmsSegments.MAX);
                assertThat(sms.lines().toList()).as(kind.name()).hasSize(2)
                        .allSatisfy(line -> assertThat(line).contains(LONGEST_REFERENCE));
            }
        }
    }

    @Test
    void theAcknowledgementSaysTheReferenceAndTheDayHijriBesideGregorianInArabicAndTheDayInEnglish() {
        assertThat(SmsText.of(MessageKind.ACKNOWLEDGEMENT, "2026-000123", Instant.parse("2026-02-22T09:00:00Z")))
                .isEqualTo("استلمنا طلبكم 2026-000123 يوم ٥ رمضان ١٤٤٧ هـ (٢٢/٢/٢٠٢٦م)\n"
                        + "Request 2026-000123 received 22 Feb 2026");
        assertThat(SmsText.of(MessageKind.MISSING_ITEMS, "2026-000124", Instant.parse("2026-02-22T09:00:00Z")))
                .startsWith("طلبكم 2026-000124 ناقص، القائمة بالكشك").contains("\nRequest 2026-000124 incomplete, see kiosk");
    }

    @Test
    void theDateIsRiyadhsDay() {
        assertThat(SmsText.of(MessageKind.ANSWER, "2026-000123", Instant.parse("2026-02-21T22:30:00Z")))
                .endsWith("22 Feb 2026");
    }

    @Test
    void fiveSmsOrEmailsARecipientADayAndTwentyAFilingAddressCountedFromMidnightInRiyadh() {
        assertThat(DailyMessageLimit.dayStart(Instant.parse("2026-02-21T22:30:00Z")))
                .isEqualTo(Instant.parse("2026-02-21T21:00:00Z"));
        assertThat(DailyMessageLimit.dayStart(Instant.parse("2026-02-21T20:59:59Z")))
                .isEqualTo(Instant.parse("2026-02-20T21:00:00Z"));
        assertThat(DailyMessageLimit.allows(0)).isTrue();
        assertThat(DailyMessageLimit.allows(4)).isTrue();
        assertThat(DailyMessageLimit.allows(5)).isFalse();
        assertThat(DailyMessageLimit.applies(MessageKind.ACKNOWLEDGEMENT, MessageChannel.SMS)).isTrue();
        assertThat(DailyMessageLimit.applies(MessageKind.ACKNOWLEDGEMENT, MessageChannel.EMAIL)).isTrue();
        assertThat(DailyMessageLimit.applies(MessageKind.ACKNOWLEDGEMENT, MessageChannel.LETTER)).isFalse();
        assertThat(DailyMessageLimit.applies(MessageKind.DECISION, MessageChannel.SMS)).as("staff decided it")
                .isFalse();
        assertThat(DailyMessageLimit.allowsFromAddress(19)).isTrue();
        assertThat(DailyMessageLimit.allowsFromAddress(20)).as("twenty a day from one website client").isFalse();
    }
}
