package coop.khidma.satisfaction.entity;

/** What a visitor rates: the services the policy names, as the visitor experienced them. */
public enum RatedService {
    /** The welcome and the answers at the counter (policy item 1). */
    RECEPTION,
    /** Questions and inquiries. */
    INQUIRY,
    /** Membership applications and registration. */
    MEMBERSHIP,
    /** Help and support requests. */
    SUPPORT,
    /** The volunteering service. */
    VOLUNTEERING,
    /** This kiosk itself. */
    KIOSK
}
