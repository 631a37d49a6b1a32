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
        em.createNativeQuery("INSERT IGNORE INTO sequence_counter (name, period, last_value) VALUES (?1, ?2, 0)")
                .setParameter(1, name).setParameter(2, period).executeUpdate();
        Number last = (Number) em.createNativeQuery(
                        "SELECT last_value FROM sequence_counter WHERE name = ?1 AND period = ?2 FOR UPDATE")
                .setParameter(1, name).setParameter(2, period).getSingleResult();
        long next = last.longValue() + 1;
        em.createNativeQuery("UPDATE sequence_counter SET last_value = ?3 WHERE name = ?1 AND period = ?2")
                .setParameter(1, name).setParameter(2, period).setParameter(3, next).executeUpdate();
        return next;
    }
}
