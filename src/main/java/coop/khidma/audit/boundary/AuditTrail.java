package coop.khidma.audit.boundary;

import coop.khidma.audit.control.AuditChain;
import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.entity.AuditEntry;
import coop.khidma.audit.jdbc.ChainStore;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.personaldata.Mentions;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.SecurityConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The append-only audit trail: boundaries write every {@link Change} their verbs return, in the same transaction
 * as the change itself (so a rolled-back change leaves no trace and a committed one always does); staff read a
 * record's history. There is no way to edit or delete an entry; only a detail can be redacted ({@link #redact}), on
 * erasure or by the retention purge, and the chain records and verifies each redaction.
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

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    @jakarta.annotation.Resource(lookup = SecurityConfiguration.DATA_SOURCE)
    DataSource dataSource;

    private static final Object APPENDING = AuditTrail.class.getName() + ".appending";

    /** How many records one query of a redaction looks for (a first purge may anonymise thousands). */
    private static final int RECORDS_AT_ONCE = 200;

    /** Writes the facts within the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Change... changes) {
        record(List.of(changes));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Collection<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Appending chain = appending();
        changes.forEach(change -> em.persist(chain.append(change)));
        chain.moveHead();
    }

    /**
     * The caller's transaction's place in the chain: on its first entry the head is locked and read; the entries
     * are numbered 1, 2, … within the transaction ({@code seq}, so the trail keeps their order within one moment)
     * and next, next + 1, … in the chain.
     */
    private Appending appending() {
        Appending chain = (Appending) transaction.getResource(APPENDING);
        if (chain == null) {
            Object[] head = (Object[]) em.createNativeQuery(
                    "SELECT last_no, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
            chain = new Appending(((Number) head[0]).longValue(), (String) head[1]);
            transaction.putResource(APPENDING, chain);
        }
        return chain;
    }

    private final class Appending {
        private int seq;
        private long no;
        private String hash;

        Appending(long no, String hash) {
            this.no = no;
            this.hash = hash;
        }

        AuditEntry append(Change change) {
            AuditEntry entry = AuditEntry.of(change, ++seq, ++no, hash);
            hash = entry.chainHash();
            return entry;
        }

        void moveHead() {
            em.createNativeQuery("UPDATE audit_chain_head SET last_no = ?1, last_hash = ?2 WHERE id = 1")
                    .setParameter(1, no).setParameter(2, hash).executeUpdate();
        }
    }

    /**
     * Redacts the personal free text of the trail, for an erasure or the retention purge: the details of the entries
     * about {@code records} (a request reference takes its items, {@code reference/…}, too) and, when {@code mentions}
     * is given, of any entry whose detail names the person ({@link Mentions}). Each detail becomes
     * {@link AuditChain#REDACTED}; the chain keeps its digest, so every link still verifies, and one entry of the chain
     * ({@code AUDIT <onBehalf> redactDetails}, its "after" state the number of entries) records the redaction, which a
     * verification counts. Who did what, when, and to which record stays. How many details were redacted (0: no entry).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int redact(String onBehalf, Collection<String> records, Mentions mentions, String actor, Instant at) {
        Appending chain = appending();
        Set<Long> ids = new TreeSet<>();
        List<String> all = List.copyOf(records);
        for (int from = 0; from < all.size(); from += RECORDS_AT_ONCE) {
            List<String> some = all.subList(from, Math.min(all.size(), from + RECORDS_AT_ONCE));
            Map<String, Object> parameters = new HashMap<>();
            StringBuilder about = new StringBuilder("a.subject IN :records");
            parameters.put("records", some);
            int i = 0;
            for (String record : some) {
                about.append(" OR a.subject LIKE :items").append(i);
                parameters.put("items" + i++, like(record) + "/%");
            }
            ids.addAll(redactable(about.toString(), parameters).stream().map(AuditEntry::id).toList());
        }
        if (mentions != null && !mentions.isEmpty()) {
            Map<String, Object> parameters = new HashMap<>();
            StringBuilder naming = new StringBuilder("1 = 0");
            int i = 0;
            for (String fragment : mentions.fragments()) {
                naming.append(" OR a.detail LIKE :fragment").append(i);
                parameters.put("fragment" + i++, "%" + like(fragment) + "%");
            }
            redactable(naming.toString(), parameters).stream().filter(entry -> mentions.in(entry.detail()))
                    .map(AuditEntry::id).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        AuditEntry redaction = chain.append(Change.of(AuditChain.REDACTION_TYPE, onBehalf, AuditChain.REDACTION_ACTION,
                null, ids.size(), actor, at, null));
        em.persist(redaction);
        chain.moveHead();
        em.flush();
        return em.createNativeQuery("UPDATE audit_entry SET detail = ?1, redacted_in = ?2 WHERE id IN ("
                        + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                .setParameter(1, AuditChain.REDACTED).setParameter(2, redaction.chainNo()).executeUpdate();
    }

    /** Entries with a detail not yet redacted that meet {@code condition}, locked (read as committed last). */
    private List<AuditEntry> redactable(String condition, Map<String, Object> parameters) {
        TypedQuery<AuditEntry> query = em.createQuery("SELECT a FROM AuditEntry a WHERE a.redactedIn IS NULL "
                + "AND a.detail IS NOT NULL AND NOT (a.subjectType = :audit AND a.action = :redaction) AND ("
                + condition + ")", AuditEntry.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setParameter("audit", AuditChain.REDACTION_TYPE).setParameter("redaction", AuditChain.REDACTION_ACTION);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** {@code text} matched literally by {@code LIKE} (its default escape character is the backslash). */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
        record(Change.of("EXPORT", list, "csv", null, rows, caller.getCallerPrincipal().getName(), clock.instant(),
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
