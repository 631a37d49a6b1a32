package coop.khidma.platform.time;

import coop.khidma.platform.i18n.DomainException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DecimalStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * Shows a date the way a member in Najran reads it: Hijri (Umm al-Qura, {@link HijrahChronology#INSTANCE})
 * beside Gregorian, e.g. {@code ٥ رمضان ١٤٤٧ هـ — ٢٢ فبراير ٢٠٢٦ م} or {@code 5 Ramadan 1447 AH — 22 February 2026}.
 * Serves the policy's "explain that the committee replies within the period … and tell the member the expected date".
 *
 * <p>Arabic uses the locale's own digits (Arabic-Indic for {@code ar}; {@code ar-u-nu-latn} gives ASCII) and
 * CLDR's month names and eras (هـ, م). English uses plain ASCII Hijri month names instead of CLDR's
 * {@code Rabiʻ I} or {@code Dhuʻl-Hijjah}, and drops the Gregorian era ("AD") nobody writes. As in
 * {@code Locales.supported}, English is used for English and Arabic for every other language. Umm al-Qura is
 * defined by the JDK for 1300–1600 AH (1882-11-12 … 2174-11-25); dates outside break {@code rule.hijri.outOfRange}.
 */
public final class HijriDates {

    /** The association's zone: every "today" and every date shown to a member is a Riyadh date. */
    public static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private static final Map<Long, String> ENGLISH_HIJRI_MONTHS = Map.ofEntries(
            Map.entry(1L, "Muharram"), Map.entry(2L, "Safar"), Map.entry(3L, "Rabi' al-Awwal"),
            Map.entry(4L, "Rabi' al-Thani"), Map.entry(5L, "Jumada al-Ula"), Map.entry(6L, "Jumada al-Akhirah"),
            Map.entry(7L, "Rajab"), Map.entry(8L, "Sha'ban"), Map.entry(9L, "Ramadan"), Map.entry(10L, "Shawwal"),
            Map.entry(11L, "Dhu al-Qi'dah"), Map.entry(12L, "Dhu al-Hijjah"));

    private static final DateTimeFormatter ENGLISH_HIJRI = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ')
            .appendText(ChronoField.MONTH_OF_YEAR, ENGLISH_HIJRI_MONTHS).appendLiteral(' ')
            .appendValue(ChronoField.YEAR_OF_ERA).appendLiteral(" AH")
            .toFormatter(Locale.ENGLISH).withChronology(HijrahChronology.INSTANCE);

    private static final DateTimeFormatter ENGLISH_GREGORIAN = DateTimeFormatter.ofPattern("d MMMM y", Locale.ENGLISH);

    private HijriDates() {
    }

    /** The Umm al-Qura date, e.g. {@code ١ شوال ١٤٤٧ هـ} or {@code 1 Shawwal 1447 AH}. */
    public static String hijri(LocalDate date, Locale locale) {
        HijrahDate hijrah;
        try {
            hijrah = HijrahDate.from(date);
        } catch (DateTimeException outsideUmmAlQura) {
            throw new DomainException("rule.hijri.outOfRange", date);
        }
        return isEnglish(locale) ? ENGLISH_HIJRI.format(hijrah)
                : arabic(locale).withChronology(HijrahChronology.INSTANCE).format(hijrah);
    }

    /** The Gregorian date, e.g. {@code ٢٥ نوفمبر ٢٠٢٦ م} or {@code 25 November 2026}. */
    public static String gregorian(LocalDate date, Locale locale) {
        return isEnglish(locale) ? ENGLISH_GREGORIAN.format(date) : arabic(locale).format(date);
    }

    /** Hijri first, then Gregorian, joined by an em dash: the form letters and the kiosk use. */
    public static String both(LocalDate date, Locale locale) {
        return hijri(date, locale) + " — " + gregorian(date, locale);
    }

    private static boolean isEnglish(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** In the locale itself when it is Arabic (keeping a {@code -u-nu-} digits choice), else in plain Arabic. */
    private static DateTimeFormatter arabic(Locale locale) {
        Locale arabic = "ar".equals(locale.getLanguage()) ? locale : Locale.forLanguageTag("ar");
        return DateTimeFormatter.ofPattern("d MMMM y G", arabic).withDecimalStyle(DecimalStyle.of(arabic));
    }
}
