package coop.khidma.intake.boundary;

import coop.khidma.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Member service requests as the shareholder-relations staff see and work them. */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class Requests {

    @PersistenceContext
    EntityManager em;

    /** The newest requests first, one page at a time. */
    public List<InboxRow> inbox(int offset, int limit) {
        return em.createQuery("""
                        SELECT NEW coop.khidma.intake.boundary.InboxRow(
                            r.reference, r.type.code, r.channel, r.status, r.requester.name, r.submittedAt)
                        FROM ServiceRequest r ORDER BY r.submittedAt DESC, r.id DESC""", InboxRow.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequest r", Long.class).getSingleResult();
    }
}
