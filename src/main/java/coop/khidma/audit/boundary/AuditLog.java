package coop.khidma.audit.boundary;

import coop.khidma.audit.control.AuditChain;
import coop.khidma.audit.entity.AuditEntry;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.personaldata.Mentions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TransactionRequiredException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The writing side of the audit trail ({@link AuditTrail} describes the chain): boundaries record every
 * {@link Change} their verbs return, in their own transaction. A plain bean, not an EJB: its callers are boundaries
 * that have already checked the caller's role and begun the transaction, and a call into another EJB for each change
 * cost a container round (security, transaction, interceptors) for nothing; it refuses to write outside a transaction,
 * as the EJB's {@code MANDATORY} did.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private static final Object APPENDING = AuditLog.class.getName() + ".appending";

    /** How many records one query of a redaction looks for (a first purge may anonymise thousands). */
    private static final int RECORDS_AT_ONCE = 200;

    /** Writes the facts within the caller's transaction. */
    public void record(Change... changes) {
        record(List.of(changes));
    }

    public void record(Collection<Change> changes) {
        inTransaction();
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

        /**
         * Flushes what the caller persisted so far, as every native statement does: callers rely on it for the order
         * of their rows (a member's history is ordered by insert id, its events persisted between recorded changes).
         */
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
    public int redact(String onBehalf, Collection<String> records, Mentions mentions, String actor, Instant at) {
        inTransaction();
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

    /** An entry is only ever written with the change it records, so never outside the caller's transaction. */
    private void inTransaction() {
        if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new TransactionRequiredException("The audit trail is written within the caller's transaction");
        }
    }
}
