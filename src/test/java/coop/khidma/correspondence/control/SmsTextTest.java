package coop.khidma.correspondence.control;

import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTest {

    private static final String HOSTILE_NAME = "اربح جائزة اتصل 0599999999 http://x.example";

    @Test
    void anSmsSaysOnlyFixedTextTheReferenceAndTheDateNeverTheNameOrTheTextSomeoneTyped() {
        Letter letter = Letters.write(MessageKind.ANSWER, "2026-000123", HOSTILE_NAME, "letter.answer",
                locale -> "Your question: free text typed at the kiosk");

        String sms = SmsText.of(letter.subjectArabic(), letter.subjectEnglish(), Instant.parse("2026-02-22T09:00:00Z"));

        assertThat(letter.bodyArabic()).as("the letter itself greets by name").contains(HOSTILE_NAME);
        assertThat(sms).contains("2026-000123", "٥ رمضان ١٤٤٧ هـ — ٢٢ فبراير ٢٠٢٦ م", "22 February 2026",
                        "الجمعية التعاونية السياحية بنجران", "Tourism Cooperative Association in Najran")
                .doesNotContain("اربح", "0599999999", "http", "free text");
        assertThat(sms.indexOf("الجمعية")).isLessThan(sms.indexOf("Tourism"));
    }

    @Test
    void theDateIsRiyadhsDay() {
        assertThat(SmsText.of("s", "s", Instant.parse("2026-02-21T22:30:00Z"))).contains("22 February 2026");
    }

    @Test
    void fiveSmsOrEmailsARecipientADayCountedFromMidnightInRiyadh() {
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
    }
}
