package coop.khidma.intake.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@link RequestsIT}'s way to age a kiosk submission, as if its day had passed, and to see whether it is kept. */
@Stateless
@PermitAll
public class KioskSubmissionRows {

    @PersistenceContext
    EntityManager em;

    public void ageByHours(String reference, int hours) {
        em.createNativeQuery("UPDATE kiosk_submission SET submitted_at = submitted_at - INTERVAL ? HOUR "
                + "WHERE reference = ?").setParameter(1, hours).setParameter(2, reference).executeUpdate();
    }

    public long kept(String reference) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM kiosk_submission WHERE reference = ?")
                .setParameter(1, reference).getSingleResult()).longValue();
    }
}
