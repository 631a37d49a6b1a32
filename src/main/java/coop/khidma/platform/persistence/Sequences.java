package coop.khidma.platform.persistence;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gap-free numbers per name and period (request references per year, membership numbers per year, tickets per
 * service and day). The counter row is locked until the caller's transaction ends, so a rolled-back caller gives its
 * number back and concurrent callers queue instead of colliding.
 *
 * <p>The number is taken with a plain {@code UPDATE} of the counter's row by its primary key: InnoDB locks that one
 * record exclusively and nothing else, so callers wait in line. It used to be one {@code INSERT … ON DUPLICATE KEY
 * UPDATE}, whose duplicate check also locks the gap before the row: with eight website filings at once, waiters
 * holding gap locks and wanting the record deadlocked ("Deadlock found", thousands in one run of
 * {@code HostileInputIT} on a loaded machine), and a filing failed with a 500. A counter's row is created once, in a
 * transaction of its own ({@link FirstRows}), the first time its name and period are asked for.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Sequences {

    @PersistenceContext
    EntityManager em;

    @EJB
    FirstRows rows;

    public long next(String name, int period) {
        if (!exists(name, period)) {
            // committed on its own; the caller's transaction has locked nothing of the counter's (the check above is a
            // plain read: an UPDATE finding no row would have locked the gap the new row goes into)
            rows.counter(name, period);
        }
        if (increment(name, period) == 0) {
            throw new IllegalStateException("no counter row for " + name + " " + period);
        }
        return ((Number) em.createNativeQuery(
                        "SELECT last_value FROM sequence_counter WHERE name = ?1 AND period = ?2")
                .setParameter(1, name).setParameter(2, period).getSingleResult()).longValue();
    }

    /** A plain (non-locking) read; it may miss a row created after the caller's snapshot, then opening it is a no-op. */
    private boolean exists(String name, int period) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sequence_counter WHERE name = ?1 AND period = ?2")
                .setParameter(1, name).setParameter(2, period).getSingleResult()).longValue() > 0;
    }

    private int increment(String name, int period) {
        return em.createNativeQuery("UPDATE sequence_counter SET last_value = last_value + 1 "
                        + "WHERE name = ?1 AND period = ?2")
                .setParameter(1, name).setParameter(2, period).executeUpdate();
    }
}
