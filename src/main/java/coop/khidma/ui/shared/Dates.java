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
}
