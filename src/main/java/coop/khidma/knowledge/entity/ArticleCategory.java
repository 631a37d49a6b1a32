package coop.khidma.knowledge.entity;

/** The shelves of the knowledge base, in the order the kiosk shows them. */
public enum ArticleCategory {
    /** The association's basic bylaws: what they are and where to read them. */
    BYLAWS,
    /** The member-support policy guide. */
    POLICY_GUIDE,
    /** Answers to members' frequent questions. */
    FAQ
}
