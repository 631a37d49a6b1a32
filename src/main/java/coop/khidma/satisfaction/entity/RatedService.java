package coop.khidma.satisfaction.entity;

import coop.khidma.reception.entity.CounterService;

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
    KIOSK;

    /** What a visit to the counter for {@code service} rates. */
    public static RatedService atCounter(CounterService service) {
        return switch (service) {
            case MEMBER_SERVICES -> RECEPTION;
            case MEMBERSHIP -> MEMBERSHIP;
            case INQUIRIES -> INQUIRY;
        };
    }
}
