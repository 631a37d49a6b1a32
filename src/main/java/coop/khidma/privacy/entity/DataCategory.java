package coop.khidma.privacy.entity;

/**
 * The categories of personal data with a retention period of their own, each with its default in days (the V13
 * migration seeds the same numbers). What "past retention" means for each is in
 * {@link coop.khidma.privacy.control.RetentionRule}; membership records of current members are not here: they are kept
 * while the person is a member (the cooperative's register), and a withdrawn member is erased on request.
 */
public enum DataCategory {

    /** Requests resolved, completed or withdrawn: the requester's name, mobile, the texts and checklist notes. */
    CLOSED_REQUESTS(1825),
    /** Membership applications the committee rejected: the applicant's identity and contact. */
    REJECTED_APPLICATIONS(730),
    /** Volunteers whose offer was declined: name, mobile and the reason. */
    DECLINED_VOLUNTEERS(365),
    /** Contacts left with a suggestion for a reply ("I want a reply"). */
    SUGGESTION_CONTACTS(180),
    /** Letters, SMS and e-mails sent (or given up): recipient and text. */
    OUTBOX_MESSAGES(365),
    /** The website API's stored answers to retried submissions: deleted, they are only a technical safeguard. */
    IDEMPOTENCY_KEYS(30);

    private final int defaultDays;

    DataCategory(int defaultDays) {
        this.defaultDays = defaultDays;
    }

    public int defaultDays() {
        return defaultDays;
    }
}
