package coop.khidma.platform.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gap-free numbers per name and period (request references per year, membership numbers per year). The
 * counter row is locked until the caller's transaction ends, so a rolled-back caller gives its number back
 * and concurrent callers queue instead of colliding.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Sequences {

    @PersistenceContext
    EntityManager em;

    public long next(String name, int period) {
        // One statement that takes the row's exclusive lock at once (an INSERT IGNORE followed by SELECT … FOR
        // UPDATE would take a shared lock first, and two callers upgrading theirs deadlock).
        em.createNativeQuery("INSERT INTO sequence_counter (name, period, last_value) VALUES (?1, ?2, 1) "
                        + "ON DUPLICATE KEY UPDATE last_value = last_value + 1")
                .setParameter(1, name).setParameter(2, period).executeUpdate();
        return ((Number) em.createNativeQuery(
                        "SELECT last_value FROM sequence_counter WHERE name = ?1 AND period = ?2")
                .setParameter(1, name).setParameter(2, period).getSingleResult()).longValue();
    }
}
