package coop.khidma.correspondence.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

    @Test
    void latinTextIsSevenBitAt160InOneAnd153PerPart() {
        assertThat(SmsSegments.of("")).isEqualTo(1);
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307))).isEqualTo(3);
        assertThat(SmsSegments.gsm7("Request 2026-000123 received 22 Feb 2026.")).isTrue();
    }

    @Test
    void theExtensionTableTakesTwoSeptets() {
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.of("€".repeat(81))).isEqualTo(2);
        assertThat(SmsSegments.of("[" + "a".repeat(159))).isEqualTo(2);
    }

    @Test
    void arabicMakesTheWholeTextUcs2At70InOneAnd67PerPart() {
        assertThat(SmsSegments.gsm7("طلب")).isFalse();
        assertThat(SmsSegments.of("ب".repeat(70))).isEqualTo(1);
        assertThat(SmsSegments.of("ب".repeat(71))).isEqualTo(2);
        assertThat(SmsSegments.of("ب".repeat(134))).isEqualTo(2);
        assertThat(SmsSegments.of("ب".repeat(135))).isEqualTo(3);
        assertThat(SmsSegments.of("a".repeat(69) + "٢")).as("one Arabic-Indic digit").isEqualTo(1);
        assertThat(SmsSegments.of("a".repeat(70) + "٢")).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(100) + "\u2014")).as("an em dash is not GSM").isEqualTo(2);
        assertThat(SmsSegments.of("😀".repeat(35))).as("a surrogate pair is two units").isEqualTo(1);
        assertThat(SmsSegments.of("😀".repeat(36))).isEqualTo(2);
    }
}
