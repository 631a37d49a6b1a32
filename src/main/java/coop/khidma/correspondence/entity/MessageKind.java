package coop.khidma.correspondence.entity;

/** Why the association writes to the member. */
public enum MessageKind {
    /** The request was received: its reference. */
    ACKNOWLEDGEMENT,
    /** The request was returned: the list of missing items. */
    MISSING_ITEMS,
    /** The request went to the research committee: the expected decision date. */
    UNDER_REVIEW,
    /** The committee's clock stopped while the request waits on the member: what they are waited for. */
    CLOCK_STOPPED,
    /** The committee's clock runs again: the new expected decision date. */
    CLOCK_RESUMED,
    /** The committee accepted or rejected (with its reasons). */
    DECISION,
    /** The answer to an inquiry, or what was done for a request. */
    ANSWER,
    /** The higher authority answered the question a request was referred up with (never saying who answered). */
    REFERRAL_ANSWERED,
    /** The member is registered: the membership number. */
    REGISTRATION_COMPLETED,
    /** To a volunteer: approved or declined, or asked to come for an opportunity. */
    VOLUNTEERING,
    /** To a member: the invitation to a General Assembly meeting, with the check-in code. */
    ASSEMBLY_INVITATION,
    /** After a request closed or a counter visit was served: the one-time code to rate the service anonymously. */
    RATING_INVITATION;

    /**
     * Whether the message's subject is what its SMS says (two short lines of fixed words, the day and a code written
     * for a phone by the one who queues it), rather than the kind's own line about the reference.
     */
    public boolean subjectIsTheSms() {
        return this == ASSEMBLY_INVITATION || this == RATING_INVITATION || this == REGISTRATION_COMPLETED;
    }
}
