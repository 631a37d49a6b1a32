package coop.khidma.intake.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * {@link RequestsIT}'s way to let an outbox message's back-off pass, as if its minutes had gone by, so that the next
 * delivery run tries it again.
 */
@Stateless
@PermitAll
public class OutboxRows {

    @PersistenceContext
    EntityManager em;

    public void backOffOver(String reference) {
        em.createNativeQuery("UPDATE message SET next_attempt_at = next_attempt_at - INTERVAL 1 DAY "
                + "WHERE request_reference = ? AND next_attempt_at IS NOT NULL").setParameter(1, reference)
                .executeUpdate();
    }
}
