package coop.khidma.review.boundary;

import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a visitor who has just tracked a request may learn about the research committee's decision: dates only,
 * never who decides or anything about the member. {@code earliest} (the floor, never less than two weeks after the
 * hand-over) and {@code latest} (the ceiling) are {@code null} while the clock is {@link Basis#PAUSED}.
 */
public record ExpectedDecision(Basis basis, LocalDate earliest, LocalDate latest) {

    /** Where the dates come from. */
    public enum Basis {
        /** The request is on the committee's agenda: its own window (the member was told {@code latest}). */
        ON_AGENDA,
        /** On the agenda, but the clock stands still while the request waits on the member: no date until it runs. */
        PAUSED,
        /** Not with the committee yet: the window it would get were it handed over today, with the settings now. */
        IF_HANDED_OVER_TODAY
    }

    /**
     * The sentence the member reads, on the kiosk and on the website alike: the period of not less than two weeks as
     * the window's dates, each in Hijri (Umm al-Qura) beside Gregorian.
     */
    public String sentence(Locale locale) {
        String key = "kiosk.track.decision." + basis.name();
        return latest == null ? Messages.get(locale, key)
                : Messages.get(locale, key, HijriDates.both(earliest, locale), HijriDates.both(latest, locale));
    }
}
