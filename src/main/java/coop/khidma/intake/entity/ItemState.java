package coop.khidma.intake.entity;

/** Where one checklist item of one request stands during intake. */
public enum ItemState {
    /** Not yet given. */
    PENDING,
    /** Given by the member, not yet checked by staff. */
    PROVIDED,
    /** Checked by a staff member (who, when and how are recorded). */
    VERIFIED,
    /** The member does not have it now; the reason is recorded and it goes on the missing-items letter. */
    MISSING
}
