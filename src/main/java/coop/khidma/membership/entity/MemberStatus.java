package coop.khidma.membership.entity;

/** Where a member stands with the association. */
public enum MemberStatus {
    /** Applied; no membership number yet. */
    APPLICANT,
    /** Registered: holds a membership number and the member's rights. */
    ACTIVE,
    /** Rights held back for a while (e.g. by a board decision); can be reinstated. */
    SUSPENDED,
    /** Left the association, or the application was withdrawn. Final. */
    WITHDRAWN
}
