package coop.khidma.intake.entity;

/** Where a member service request stands in its life. */
public enum RequestStatus {
    /** Filed by the member or registered by staff; waiting for intake. */
    SUBMITTED
}
