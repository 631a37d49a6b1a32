package coop.khidma.intake.boundary;

import coop.khidma.correspondence.boundary.CommitteeFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Tells the outbox which request references were put before the research committee (their letters it may read). */
@ApplicationScoped
public class HandedOver implements CommitteeFiles {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean isBeforeCommittee(String reference) {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE r.reference = :reference "
                + "AND r.handedToCommitteeAt IS NOT NULL", Long.class).setParameter("reference", reference)
                .getSingleResult() > 0;
    }
}
