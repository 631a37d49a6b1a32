package coop.khidma.audit.boundary;

import coop.khidma.audit.entity.AuditEntry;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The append-only audit trail: boundaries write every {@link Change} their verbs return, in the same transaction
 * as the change itself (so a rolled-back change leaves no trace and a committed one always does); staff read a
 * record's history. There is no way to edit or delete an entry.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext caller;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    private static final Object WRITTEN = AuditTrail.class.getName() + ".written";

    /** Writes the facts within the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Change... changes) {
        record(List.of(changes));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Collection<Change> changes) {
        changes.forEach(change -> em.persist(AuditEntry.of(change, nextInTransaction())));
    }

    /** 1, 2, … for the entries of the caller's transaction, so the trail keeps their order within one moment. */
    private int nextInTransaction() {
        AtomicInteger written = (AtomicInteger) transaction.getResource(WRITTEN);
        if (written == null) {
            written = new AtomicInteger();
            transaction.putResource(WRITTEN, written);
        }
        return written.incrementAndGet();
    }

    /** Everything that happened to one record (a request reference, a membership number…), oldest first. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public List<Change> history(String subject) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.subject = :subject OR a.subject LIKE :items "
                        + "ORDER BY a.at, a.seq, a.id", AuditEntry.class)
                .setParameter("subject", subject)
                .setParameter("items", subject + "/%")
                .getResultList().stream().map(AuditEntry::change).toList();
    }

    /**
     * A staff member exported a list or report (it may hold members' personal data): who, which list and how many
     * rows are on the trail.
     */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void exported(String list, long rows) {
        em.persist(AuditEntry.of(Change.of("EXPORT", list, "csv", null, rows, caller.getCallerPrincipal().getName(),
                clock.instant(), null), nextInTransaction()));
    }

    /** The viewer's page of entries, newest first; see {@link AuditQuery}. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditRow> search(AuditQuery filter, int offset, int limit) {
        return filter.query(em, "SELECT a FROM AuditEntry a", " ORDER BY a.at DESC, a.seq DESC, a.id DESC", AuditEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(entry -> new AuditRow(entry.id(), entry.change())).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count(AuditQuery filter) {
        return filter.query(em, "SELECT COUNT(a) FROM AuditEntry a", "", Long.class).getSingleResult();
    }

    /** The kinds of record the trail holds, for the viewer's "what" filter. */
    @RolesAllowed(Roles.ADMIN)
    public List<String> subjectTypes() {
        return em.createQuery("SELECT DISTINCT a.subjectType FROM AuditEntry a ORDER BY a.subjectType", String.class)
                .getResultList();
    }

    /** One entry as the viewer shows it. */
    public record AuditRow(Long id, Change change) {
    }
}
