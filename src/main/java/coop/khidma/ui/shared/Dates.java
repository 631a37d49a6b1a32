package coop.khidma.ui.shared;

import coop.khidma.platform.time.HijriDates;

import java.time.Instant;
import java.util.Locale;

/** Dates as a member or staff member reads them: the day in Riyadh, Hijri (Umm al-Qura) beside Gregorian. */
public final class Dates {

    private Dates() {
    }

    public static String both(Instant instant, Locale locale) {
        return HijriDates.both(instant.atZone(HijriDates.RIYADH).toLocalDate(), locale);
    }

    /** The day as {@link #both} and the time of day in Riyadh (24-hour), for logs and last sign-ins. */
    public static String bothWithTime(Instant instant, Locale locale) {
        return both(instant, locale) + " " + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(instant.atZone(HijriDates.RIYADH));
    }
}
