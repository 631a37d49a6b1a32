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

    private Roles() {
    }
}
