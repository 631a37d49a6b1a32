package coop.khidma.review.entity;

/** What the research committee decides on an agenda item. */
public enum Decision {
    /** Accepted: the request moves on to completion. */
    ACCEPT,
    /** Rejected, with reasons in Arabic and English that the member reads. */
    REJECT,
    /** Not decided yet (e.g. more study needed); the item stays on the agenda and the clock keeps running. */
    DEFER
}
