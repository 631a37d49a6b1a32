package coop.khidma.platform.personaldata;

/**
 * The categories of personal data with a retention period of their own: each component anonymises what it keeps of a
 * category ({@link Anonymisable#pastRetention}). How long each is kept (the periods, their defaults, which the V13
 * migration seeds) is {@code privacy}'s rule ({@code privacy.control.RetentionRule}); the names are stored as they are
 * ({@code retention_setting.category}). Membership records of current members are not here: they are kept while the
 * person is a member (the cooperative's register), and a withdrawn member is erased on request.
 */
public enum DataCategory {

    /** Requests resolved, completed or withdrawn: the requester's name, mobile, the texts and checklist notes. */
    CLOSED_REQUESTS,
    /** Membership applications the committee rejected: the applicant's identity and contact. */
    REJECTED_APPLICATIONS,
    /** Volunteers whose offer was declined: name, mobile and the reason. */
    DECLINED_VOLUNTEERS,
    /** Contacts left with a suggestion for a reply ("I want a reply"). */
    SUGGESTION_CONTACTS,
    /**
     * The free text of anonymous feedback: ratings' comments and the words of suggestions already decided (adopted or
     * declined); the scores, services, dates and the association's own summaries and answers stay.
     */
    FEEDBACK_TEXTS,
    /**
     * Letters, SMS and e-mails in every state (sent, delivered, failed, no gateway, or still waiting past the period):
     * recipient and text.
     */
    OUTBOX_MESSAGES,
    /** The website API's stored answers to retried submissions: deleted, they are only a technical safeguard. */
    IDEMPOTENCY_KEYS
}
