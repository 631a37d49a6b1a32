package coop.khidma.intake.entity;

/**
 * Where a member service request stands in its life. The arrows between them are the verbs of
 * {@link ServiceRequest}; this enum only says which states are still open (work remains) and which are final.
 *
 * <pre>
 * SUBMITTED ─startIntake─► IN_INTAKE ─completeIntake─► VERIFIED ─handToCommittee─► WITH_COMMITTEE ─accept─► ACCEPTED ─complete─► COMPLETED
 *                           │    ▲                        │                                   └─reject─► REJECTED
 *              returnToMember    resume                   └─startService─► BEING_SERVED ─resolve─► RESOLVED
 *                           ▼    │
 *                           RETURNED                   any open state ─withdraw─► WITHDRAWN
 * </pre>
 */
public enum RequestStatus {
    /** Filed by the member or registered by staff; waiting for intake. */
    SUBMITTED(true),
    /** A staff member is checking the checklist items with the member (policy item 2). */
    IN_INTAKE(true),
    /** Sent back to the member with the list of missing items; resumes when they bring them. */
    RETURNED(true),
    /** Every mandatory item is verified; waiting to go to the committee or to be served. */
    VERIFIED(true),
    /** On the research committee's agenda (policy item 4). */
    WITH_COMMITTEE(true),
    /** A request that needs no committee decision is being worked on (an inquiry being answered, a certificate being issued). */
    BEING_SERVED(true),
    /** The committee accepted; registration or the service still has to be completed (policy item 5). */
    ACCEPTED(true),
    /** The committee rejected, with reasons. Final. */
    REJECTED(false),
    /** Served: answered, issued or done. Final. */
    RESOLVED(false),
    /** Accepted and carried out (for a membership application: the member is active with a number). Final. */
    COMPLETED(false),
    /** The member withdrew the request, or staff closed it at the member's wish. Final. */
    WITHDRAWN(false);

    private final boolean open;

    RequestStatus(boolean open) {
        this.open = open;
    }

    /** Work remains: the request can still move, be withdrawn or be escalated. */
    public boolean isOpen() {
        return open;
    }
}
