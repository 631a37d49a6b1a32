package coop.khidma.correspondence.control;

import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What an SMS says: only the association's fixed text, the reference and the date — never what anyone typed (a name, a
 * question, a reason), so nobody can make the association text a stranger their own words. The message's subject is
 * fixed text with the reference ({@code letter.*.subject}); the date is the day it was written, Hijri beside
 * Gregorian; the full letter is read at the kiosk, on the website or in the e-mail. Pure.
 */
public final class SmsText {

    private SmsText() {
    }

    /** The SMS for a message with these subjects, written at {@code at}: Arabic, then English. */
    public static String of(String subjectArabic, String subjectEnglish, Instant at) {
        LocalDate day = at.atZone(HijriDates.RIYADH).toLocalDate();
        return line(Locales.ARABIC, subjectArabic, day) + "\n\n" + line(Locales.ENGLISH, subjectEnglish, day);
    }

    private static String line(Locale locale, String subject, LocalDate day) {
        return Messages.get(locale, "letter.sms", subject, HijriDates.both(day, locale));
    }
}
