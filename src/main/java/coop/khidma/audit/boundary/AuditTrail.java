package coop.khidma.audit.boundary;

import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.entity.AuditEntry;
import coop.khidma.audit.jdbc.ChainStore;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.SecurityConfiguration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The append-only audit trail: boundaries write every {@link Change} their verbs return through {@link AuditLog}, in
 * the same transaction as the change itself (so a rolled-back change leaves no trace and a committed one always
 * does); staff read a record's history here. There is no way to edit or delete an entry; only a detail can be
 * redacted ({@link AuditLog#redact}), on erasure or by the retention purge, and the chain records and verifies each
 * redaction.
 * <p>
 * Every entry is chained to the one appended before it, across all transactions and nodes: the first entry a
 * transaction writes locks the one row of {@code audit_chain_head} ({@code SELECT … FOR UPDATE}) until the transaction
 * ends, so the chain's order is the order in which transactions took that lock and each transaction's entries follow
 * each other. The lock is taken late (a boundary records its changes at the end of its work), and a rolled-back
 * transaction gives its numbers back. {@link #verifyChain} reports the first broken link.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext caller;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @jakarta.annotation.Resource(lookup = SecurityConfiguration.DATA_SOURCE)
    DataSource dataSource;

    @jakarta.inject.Inject
    AuditLog log;

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
        log.record(Change.of("EXPORT", list, "csv", null, rows, caller.getCallerPrincipal().getName(), clock.instant(),
                null));
    }

    /**
     * Walks the whole chain and reports the first broken link (an entry edited, removed or inserted past the
     * application), or that it is intact up to its last entry. Only reads; entries appended meanwhile are left for
     * the next verification.
     */
    @RolesAllowed(Roles.ADMIN)
    public ChainReport verifyChain() {
        try (Connection connection = dataSource.getConnection()) {
            return ChainStore.verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain", e);
        }
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
