package coop.khidma.platform.scheduling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Objects;

/**
 * Cluster-wide locks on the rows of {@code scheduler_lease} (V3 migration). {@link #claim} locks the row with
 * {@code SELECT … FOR UPDATE} for the rest of the caller's transaction: a second node asking for the same lease waits
 * until the first one's transaction ends (commit or rollback, or the database drops a dead node's connection), then
 * finds the slot already run. Times come from the database's clock, so nodes' clocks never need to agree.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Leases {

    @PersistenceContext
    EntityManager em;

    /**
     * Locks the lease until the caller's transaction ends and claims {@code slot} for {@code owner}. Returns
     * {@code false} (still holding the lock) when another run already claimed that slot.
     */
    public boolean claim(String name, String owner, String slot) {
        List<?> rows = em.createNativeQuery(
                        "SELECT name, last_slot FROM scheduler_lease WHERE name = ?1 FOR UPDATE")
                .setParameter(1, name).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No scheduler_lease row named " + name);
        }
        if (Objects.equals(slot, ((Object[]) rows.get(0))[1])) {
            return false;
        }
        em.createNativeQuery("UPDATE scheduler_lease SET last_slot = ?2, last_owner = ?3, "
                        + "last_started_at = UTC_TIMESTAMP(6), last_ended_at = NULL, runs = runs + 1 WHERE name = ?1")
                .setParameter(1, name).setParameter(2, slot).setParameter(3, owner).executeUpdate();
        return true;
    }

    /** Records the end of the run that claimed the lease (still inside the caller's transaction). */
    public void finished(String name) {
        em.createNativeQuery("UPDATE scheduler_lease SET last_ended_at = UTC_TIMESTAMP(6) WHERE name = ?1")
                .setParameter(1, name).executeUpdate();
    }
}
