package coop.khidma.platform.time;

import coop.khidma.platform.i18n.BrokenRule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The periods a count covers, checked against the Umm al-Qura calendar as published (Ramadan 1447 from 18 Feb 2026). */
class DayRangeTest {

    private static final LocalDate MID_RAMADAN = LocalDate.of(2026, 3, 5);

    @Test
    void gregorianMonthsRunFromTheFirstToTheLastDayLeapYearsIncluded() {
        assertThat(DayRange.gregorianMonth(MID_RAMADAN, 0))
                .isEqualTo(new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(DayRange.gregorianMonth(MID_RAMADAN, 1))
                .isEqualTo(new DayRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(DayRange.gregorianMonth(LocalDate.of(2028, 3, 31), 1))
                .isEqualTo(new DayRange(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
        assertThat(DayRange.gregorianMonth(LocalDate.of(2026, 1, 15), 1))
                .isEqualTo(new DayRange(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void hijriMonthsFollowUmmAlQuraThirtyAndTwentyNineDays() {
        assertThat(DayRange.hijriMonth(MID_RAMADAN, 0)).as("Ramadan 1447, 30 days")
                .isEqualTo(new DayRange(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19)));
        assertThat(DayRange.hijriMonth(MID_RAMADAN, 1)).as("Sha'ban 1447, 29 days")
                .isEqualTo(new DayRange(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 17)));
        assertThat(DayRange.hijriMonth(LocalDate.of(2026, 3, 20), 0).from()).as("1 Shawwal 1447 is Eid al-Fitr")
                .isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(DayRange.hijriMonth(LocalDate.of(2026, 11, 25), 1)).as("Jumada al-Ula 1448")
                .isEqualTo(new DayRange(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 10)));
    }

    @Test
    void aRangeEndsAtMidnightInRiyadhAfterItsLastDay() {
        DayRange ramadan = DayRange.hijriMonth(MID_RAMADAN, 0);
        assertThat(ramadan.start()).isEqualTo(Instant.parse("2026-02-17T21:00:00Z"));
        assertThat(ramadan.end()).isEqualTo(Instant.parse("2026-03-19T21:00:00Z"));
    }

    @Test
    void aRangeIsNamedHijriFirstThenGregorianInEitherLanguage() {
        DayRange ramadan = DayRange.hijriMonth(MID_RAMADAN, 0);
        assertThat(ramadan.label(Locale.ENGLISH))
                .isEqualTo("1 Ramadan 1447 AH – 30 Ramadan 1447 AH · 18 February 2026 – 19 March 2026");
        assertThat(ramadan.label(Locale.forLanguageTag("ar"))).startsWith("١ رمضان ١٤٤٧ هـ – ٣٠ رمضان ١٤٤٧ هـ · ")
                .contains("١٨ فبراير ٢٠٢٦ م");
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrLacksADayIsRefused() {
        BrokenRule.assertBroken("rule.period.order",
                () -> new DayRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        BrokenRule.assertBroken("rule.period.order", () -> new DayRange(null, LocalDate.of(2026, 3, 1)));
        assertThat(new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).end())
                .isEqualTo(Instant.parse("2026-03-01T21:00:00Z"));
        BrokenRule.assertBroken("rule.hijri.outOfRange", () -> DayRange.hijriMonth(LocalDate.of(1800, 1, 1), 0));
    }

    @Test
    void aDayAndASaudiWeekSundayToSaturdayCountBackFromToday() {
        assertThat(DayRange.day(MID_RAMADAN, 0)).isEqualTo(new DayRange(MID_RAMADAN, MID_RAMADAN));
        assertThat(DayRange.day(MID_RAMADAN, 1))
                .isEqualTo(new DayRange(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4)));
        assertThat(DayRange.week(MID_RAMADAN, 0)).as("Thursday 5 March 2026 is in the week of Sunday 1 March")
                .isEqualTo(new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7)));
        assertThat(DayRange.week(LocalDate.of(2026, 3, 1), 1)).as("a Sunday starts its own week")
                .isEqualTo(new DayRange(LocalDate.of(2026, 2, 22), LocalDate.of(2026, 2, 28)));
        assertThat(DayRange.week(LocalDate.of(2026, 3, 7), 0).to()).as("Saturday ends it")
                .isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void theComparedPeriodIsThePreviousMonthInTheSameCalendarOrAsManyDaysBefore() {
        assertThat(DayRange.gregorianMonth(MID_RAMADAN, 0).previous()).as("February 2026, 28 days")
                .isEqualTo(new DayRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(DayRange.hijriMonth(MID_RAMADAN, 0).previous()).as("Sha'ban 1447, 29 days")
                .isEqualTo(new DayRange(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 17)));
        assertThat(DayRange.week(MID_RAMADAN, 0).previous())
                .isEqualTo(new DayRange(LocalDate.of(2026, 2, 22), LocalDate.of(2026, 2, 28)));
        assertThat(DayRange.day(LocalDate.of(2026, 3, 1), 0).previous())
                .isEqualTo(new DayRange(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)));
        assertThat(new DayRange(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 14)).previous())
                .isEqualTo(new DayRange(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 9)));
        assertThat(new DayRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)).previous())
                .as("a month less its first day is a custom range of 30 days")
                .isEqualTo(new DayRange(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aWholeMonthIsAGregorianOrAnUmmAlQuraMonthFromItsFirstDayToItsLast() {
        assertThat(new DayRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)).isWholeMonth()).isTrue();
        assertThat(new DayRange(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19)).isWholeMonth())
                .as("1–30 Ramadan 1447").isTrue();
        assertThat(new DayRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 27)).isWholeMonth()).isFalse();
        assertThat(new DayRange(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 19)).isWholeMonth()).isFalse();
        assertThat(DayRange.week(LocalDate.of(2026, 3, 5), 0).isWholeMonth()).isFalse();
    }
}
