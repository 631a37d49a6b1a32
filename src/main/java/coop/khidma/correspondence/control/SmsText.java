package coop.khidma.correspondence.control;

import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;

/**
 * What an SMS says: a line in Arabic and a line in English, written for a phone ({@code sms.<kind>} in the bundles):
 * what happened, the reference and the day, the Arabic line with the Hijri date and the Gregorian in short beside it
 * ({@code ١٩ ربيع الآخر ١٤٤٨ هـ (٣٠/٩/٢٠٢٦م)}), the English line with the Gregorian ({@code 30 Sep 2026}). Never what anyone typed (a name, a question, a reason), so nobody can make the association text a
 * stranger their own words; the full letter is read at the kiosk, on the website, in the e-mail or on paper. The sender
 * name the provider shows says who writes. Every text stays within {@value SmsSegments#MAX} parts
 * ({@link SmsSegments}; Arabic makes it UCS-2: 134 characters), which {@code SmsTextTest} holds for every kind with
 * the longest reference and dates. Pure.
 */
public final class SmsText {

    /** The Gregorian day in short, in Arabic-Indic digits: {@code ٣٠/٩/٢٠٢٦م}. */
    private static final DateTimeFormatter ARABIC_GREGORIAN = DateTimeFormatter.ofPattern("d/M/y'م'",
            Locales.ARABIC).withDecimalStyle(DecimalStyle.of(Locales.ARABIC));
    private static final DateTimeFormatter ENGLISH_GREGORIAN = DateTimeFormatter.ofPattern("d MMM y",
            Locales.ENGLISH);

    private SmsText() {
    }

    /** The SMS for a message of the kind about the reference, written at {@code at}: Arabic, then English. */
    public static String of(MessageKind kind, String reference, Instant at) {
        LocalDate day = at.atZone(HijriDates.RIYADH).toLocalDate();
        String key = "sms." + kind.name();
        return Messages.get(Locales.ARABIC, key, reference, day(day, Locales.ARABIC)) + "\n"
                + Messages.get(Locales.ENGLISH, key, reference, day(day, Locales.ENGLISH));
    }

    /**
     * The SMS for a stored message: for a kind whose subject is itself written for a phone
     * ({@link MessageKind#subjectIsTheSms()}: fixed words, dates and a code, never typed text), its Arabic subject and
     * its English subject on two lines; for every other kind {@link #of(MessageKind, String, Instant)}.
     */
    public static String of(MessageKind kind, String reference, Instant at, String subjectArabic,
                            String subjectEnglish) {
        return kind.subjectIsTheSms() ? subjectArabic + "\n" + subjectEnglish : of(kind, reference, at);
    }

    /**
     * A day as an SMS says it: in Arabic the Hijri date with the Gregorian in short beside it
     * ({@code ١٩ ربيع الآخر ١٤٤٨ هـ (٣٠/٩/٢٠٢٦م)}), in English the Gregorian ({@code 30 Sep 2026}).
     */
    public static String day(LocalDate day, Locale locale) {
        return "ar".equals(locale.getLanguage())
                ? HijriDates.hijri(day, Locales.ARABIC) + " (" + ARABIC_GREGORIAN.format(day) + ")"
                : ENGLISH_GREGORIAN.format(day);
    }
}
