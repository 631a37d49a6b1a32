package coop.khidma.intake.entity;

/** What a checklist item asks the member for. */
public enum ItemKind {
    /** A piece of data (a name, a number of shares) typed into the request and matched by staff. */
    FIELD,
    /** A paper or file: an ID copy, a payment receipt. */
    DOCUMENT,
    /** Something the member signs or confirms: the acknowledgement of the bylaws. */
    CONFIRMATION
}
