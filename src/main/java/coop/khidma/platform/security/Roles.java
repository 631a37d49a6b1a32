package coop.khidma.platform.security;

import java.util.List;

/**
 * The staff roles the policy implies: the shareholder-relations employee (STAFF), the higher authority
 * (SUPERVISOR, DIRECTOR), the research committee (COMMITTEE) and the people who run the system (ADMIN).
 * Kiosk visitors have no role at all.
 */
public final class Roles {

    public static final String STAFF = "STAFF";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String DIRECTOR = "DIRECTOR";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(STAFF, SUPERVISOR, DIRECTOR, COMMITTEE, ADMIN);

    /**
     * Whether the caller works as the research committee only ({@link #COMMITTEE} and none of the other roles): such a
     * caller reads only the requests put before the committee.
     */
    public static boolean committeeOnly(java.util.function.Predicate<String> callerInRole) {
        return callerInRole.test(COMMITTEE) && ALL.stream().filter(role -> !role.equals(COMMITTEE))
                .noneMatch(callerInRole);
    }

    private Roles() {
    }
}
