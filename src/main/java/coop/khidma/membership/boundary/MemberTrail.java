package coop.khidma.membership.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.membership.entity.Member;
import coop.khidma.membership.entity.MemberEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Where what happens to a member is written (in the caller's transaction): the audit trail, and the member's own
 * history ({@link MemberEvent}, by the member's id) that the member page shows.
 */
@Dependent
public class MemberTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Writes {@code change}, which a verb of {@code member} (stored already) returned. */
    public void record(Member member, Change change) {
        audit.record(change);
        em.persist(MemberEvent.of(member, change));
    }

    /** The member's history, oldest first, named as the member is named now. */
    public List<Change> of(Member member) {
        return em.createQuery("SELECT e FROM MemberEvent e WHERE e.memberId = :member ORDER BY e.at, e.id",
                        MemberEvent.class).setParameter("member", member.id()).getResultList().stream()
                .map(event -> event.asChange(member.subject())).toList();
    }
}
