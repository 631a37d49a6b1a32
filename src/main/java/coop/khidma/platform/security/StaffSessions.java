package coop.khidma.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.OptionalInt;

/**
 * Whether a signed-in session may go on: it carries the account's session epoch from its first request, and the
 * account's epoch rises when an administrator ends its sessions, disables it, resets its password or changes its
 * roles. Read from the database on each request, so it holds across several Payara Micro nodes.
 */
@Stateless
@PermitAll
public class StaffSessions {

    @PersistenceContext
    EntityManager em;

    /** The epoch of an enabled account, or empty when the account is disabled or gone. */
    public OptionalInt currentEpoch(String username) {
        List<Integer> epochs = em.createQuery("SELECT a.sessionEpoch FROM StaffAccount a "
                        + "WHERE a.username = :username AND a.enabled = TRUE", Integer.class)
                .setParameter("username", username).getResultList();
        return epochs.isEmpty() ? OptionalInt.empty() : OptionalInt.of(epochs.get(0));
    }

    /** The roles of an enabled account; none when the account is disabled or gone. */
    public java.util.Set<String> rolesOf(String username) {
        return java.util.Set.copyOf(em.createQuery("SELECT r FROM StaffAccount a JOIN a.roles r "
                        + "WHERE a.username = :username AND a.enabled = TRUE", String.class)
                .setParameter("username", username).getResultList());
    }

    /** A session that began at {@code sessionEpoch} may go on only while the account is enabled at that same epoch. */
    public static boolean stillValid(int sessionEpoch, OptionalInt current) {
        return current.isPresent() && current.getAsInt() == sessionEpoch;
    }
}
