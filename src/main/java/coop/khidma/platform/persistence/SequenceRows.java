package coop.khidma.platform.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The counter rows of {@link Sequences}, created at 0 in a transaction of their own the first time a name and period
 * are asked for (a new year, a new day's tickets), so that taking a number never inserts in the caller's transaction.
 * Two callers creating the same row at once both succeed: the second finds it there.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SequenceRows {

    @PersistenceContext
    EntityManager em;

    public void open(String name, int period) {
        em.createNativeQuery("INSERT IGNORE INTO sequence_counter (name, period, last_value) VALUES (?1, ?2, 0)")
                .setParameter(1, name).setParameter(2, period).executeUpdate();
    }
}
