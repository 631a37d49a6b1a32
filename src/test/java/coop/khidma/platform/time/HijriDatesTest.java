package coop.khidma.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HijriDatesTest {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void eidAlFitr1447IsTheTwentiethOfMarch() {
        LocalDate eid = LocalDate.of(2026, 3, 20);
        assertEquals("١ شوال ١٤٤٧ هـ", HijriDates.hijri(eid, AR));
        assertEquals("1 Shawwal 1447 AH", HijriDates.hijri(eid, EN));
    }

    @Test
    void lastDayOfRamadan1447HasThirtyDays() {
        assertEquals("٣٠ رمضان ١٤٤٧ هـ", HijriDates.hijri(LocalDate.of(2026, 3, 19), AR));
    }

    @Test
    void bothShowsHijriThenGregorian() {
        LocalDate date = LocalDate.of(2026, 2, 22);
        assertEquals("٥ رمضان ١٤٤٧ هـ — ٢٢ فبراير ٢٠٢٦ م", HijriDates.both(date, AR));
        assertEquals("5 Ramadan 1447 AH — 22 February 2026", HijriDates.both(date, EN));
    }

    @Test
    void gregorianInArabicUsesArabicMonthNamesAndDigits() {
        LocalDate date = LocalDate.of(2026, 11, 25);
        assertEquals("٢٥ نوفمبر ٢٠٢٦ م", HijriDates.gregorian(date, AR));
        assertEquals("25 November 2026", HijriDates.gregorian(date, EN));
    }

    @Test
    void englishHijriMonthNamesArePlainAscii() {
        assertEquals("15 Jumada al-Akhirah 1448 AH", HijriDates.hijri(LocalDate.of(2026, 11, 25), EN));
        assertEquals("10 Dhu al-Hijjah 1447 AH", HijriDates.hijri(LocalDate.of(2026, 5, 27), EN));
        assertEquals("1 Muharram 1448 AH", HijriDates.hijri(LocalDate.of(2026, 6, 16), EN));
        assertEquals("١٥ جمادى الآخرة ١٤٤٨ هـ", HijriDates.hijri(LocalDate.of(2026, 11, 25), AR));
    }

    @Test
    void saudiArabicAndOtherLanguagesReadAsArabic() {
        LocalDate eid = LocalDate.of(2026, 3, 20);
        assertEquals("١ شوال ١٤٤٧ هـ", HijriDates.hijri(eid, Locale.forLanguageTag("ar-SA")));
        assertEquals("١ شوال ١٤٤٧ هـ", HijriDates.hijri(eid, Locale.FRENCH));
        assertEquals("1 شوال 1447 هـ", HijriDates.hijri(eid, Locale.forLanguageTag("ar-SA-u-nu-latn")));
        assertEquals("1 Shawwal 1447 AH", HijriDates.hijri(eid, Locale.forLanguageTag("en-SA")));
    }

    @Test
    void todayIsTakenInRiyadh() {
        Clock justAfterMidnightInRiyadh = Clock.fixed(Instant.parse("2026-03-19T21:30:00Z"), HijriDates.RIYADH);
        LocalDate today = LocalDate.now(justAfterMidnightInRiyadh);
        assertEquals(LocalDate.of(2026, 3, 20), today);
        assertEquals("1 Shawwal 1447 AH", HijriDates.hijri(today, EN));
        assertEquals("Asia/Riyadh", HijriDates.RIYADH.getId());
    }

    @Test
    void ummAlQuraRangeStartsOnFirstMuharram1300() {
        assertEquals("1 Muharram 1300 AH", HijriDates.hijri(LocalDate.of(1882, 11, 12), EN));
        assertBroken("rule.hijri.outOfRange", () -> HijriDates.hijri(LocalDate.of(1882, 11, 11), EN));
        assertBroken("rule.hijri.outOfRange", () -> HijriDates.both(LocalDate.of(2174, 11, 26), AR));
    }
}
