package coop.khidma.membership.boundary;

import coop.khidma.person.NationalId;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Which member records carry a national ID, as the General Assembly's kiosk check-in reads them beside the code sent
 * in the invitation. Answers internal record ids only, never a name, number or contact: open to the anonymous kiosk,
 * it tells nobody anything about a person; the check-in goes on only when the invitation's code matches as well.
 */
@Stateless
@PermitAll
public class MemberIdentities {

    @PersistenceContext
    EntityManager em;

    /** The ids of the member records with {@code nationalId} (usually one; none for a non-member). */
    public List<Long> idsOf(NationalId nationalId) {
        return em.createQuery("SELECT m.id FROM Member m WHERE m.nationalId.value = :nid ORDER BY m.id", Long.class)
                .setParameter("nid", nationalId.value()).getResultList();
    }
}
