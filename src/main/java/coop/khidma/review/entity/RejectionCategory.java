package coop.khidma.review.entity;

/**
 * Why the research committee rejected a request, in a short fixed list the committee picks from beside its written
 * reasons (policy item 4: the committee decides with reasons), so the board can see which reasons recur.
 */
public enum RejectionCategory {
    /** The membership or support conditions in the bylaws are not met. */
    CONDITIONS_NOT_MET,
    /** What is asked for lies outside the association's policy or its support programmes. */
    OUTSIDE_POLICY,
    /** The papers given do not prove what is asked (incomplete, expired or inconsistent). */
    DOCUMENTS_INSUFFICIENT,
    /** Dues or shares owed to the association are unpaid. */
    DUES_UNPAID,
    /** The same matter was decided before, or is already being served. */
    ALREADY_DECIDED,
    /** Another reason, which the written reasons explain. */
    OTHER
}
