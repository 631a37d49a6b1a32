package coop.khidma.platform.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Rows that are locked and changed by many transactions at once — a counter of {@link Sequences} (a new year, a new
 * day's tickets), a sign-in standing (a new name or address) — created at their starting values in a transaction of
 * their own the first time they are needed, so that the caller's transaction only ever locks a row that exists, with
 * one exclusive lock ({@code SELECT … FOR UPDATE}). Inserting in the caller's transaction instead deadlocks under
 * load: an {@code INSERT IGNORE} that meets the row takes a shared lock, and two callers that both then ask for the
 * exclusive one wait for each other. Two callers creating the same row at once both succeed: the second finds it there.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FirstRows {

    @PersistenceContext
    EntityManager em;

    /** The counter row of {@code name} and {@code period}, at 0. */
    public void counter(String name, int period) {
        em.createNativeQuery("INSERT IGNORE INTO sequence_counter (name, period, last_value) VALUES (?1, ?2, 0)")
                .setParameter(1, name).setParameter(2, period).executeUpdate();
    }

    /** The sign-in standing of {@code subject} (a name or an address), with no failures. */
    public void signInStanding(String subject) {
        em.createNativeQuery("INSERT IGNORE INTO sign_in_standing (subject, failures, version) VALUES (?1, 0, 0)")
                .setParameter(1, subject).executeUpdate();
    }
}
