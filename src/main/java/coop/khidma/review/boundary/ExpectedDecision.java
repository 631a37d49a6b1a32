package coop.khidma.review.boundary;

import java.time.LocalDate;

/**
 * What a visitor who has just tracked a request may learn about the research committee's decision: dates only,
 * never who decides or anything about the member. {@code earliest} and {@code latest} are {@code null} while the
 * clock is {@link Basis#PAUSED}.
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
}
