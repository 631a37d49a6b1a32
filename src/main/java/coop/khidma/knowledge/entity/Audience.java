package coop.khidma.knowledge.entity;

/** Who may read an article: everyone (the kiosk, the website) or staff only. */
public enum Audience {
    PUBLIC,
    STAFF
}
