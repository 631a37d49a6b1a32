package coop.khidma.audit.entity;

import coop.khidma.audit.control.AuditChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail. Append-only: it is built from a {@link Change}, has no setters, every column is
 * {@code updatable = false}, and the table refuses DELETE and any UPDATE but the redaction of a detail by trigger (V2,
 * V40). Tamper-evident: each
 * entry has a number in one chain over the whole trail and a hash over the previous entry's hash and its own fields
 * ({@link AuditChain}, V22), so whoever edits or deletes rows past the triggers leaves a broken link.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 60)
    private String actor;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 20)
    private String subjectType;

    @Column(nullable = false, updatable = false, length = 80)
    private String subject;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "state_before", updatable = false, length = 40)
    private String before;

    @Column(name = "state_after", updatable = false, length = 40)
    private String after;

    /**
     * Written by the application and changed only by a redaction ({@link AuditChain#REDACTED}, through the
     * audit trail's boundary; V40's trigger refuses any other UPDATE).
     */
    @Column(updatable = false, length = Change.DETAIL_MAX)
    private String detail;

    /** {@link AuditChain#digest} of the detail as written: the chain covers it, so a redacted detail still verifies. */
    @Column(name = "detail_digest", updatable = false, length = 64)
    private String detailDigest;

    /** The number of the redaction entry that redacted the detail, or {@code null}. */
    @Column(name = "redacted_in", insertable = false, updatable = false)
    private Long redactedIn;

    /**
     * Its place among the entries written in the same transaction (1, 2, …): entries of one moment keep the order
     * the verbs happened in, whatever order the persistence provider inserts them.
     */
    @Column(nullable = false, updatable = false)
    private int seq;

    /** Its number in the one chain of the whole trail: 1, 2, … in the order the entries were appended. */
    @Column(name = "chain_no", updatable = false)
    private Long chainNo;

    /** The hash of the entry numbered {@code chainNo - 1} ({@link AuditChain#GENESIS} for the first). */
    @Column(name = "chain_prev", updatable = false, length = 64)
    private String chainPrevious;

    /** {@link AuditChain#hash} of this entry. */
    @Column(name = "chain_hash", updatable = false, length = 64)
    private String chainHash;

    protected AuditEntry() {
        // for the persistence provider only
    }

    private AuditEntry(Change change, int seq, long chainNo, String previous) {
        this.seq = seq;
        this.at = AuditChain.stored(change.at());
        this.actor = change.actor();
        this.subjectType = change.subjectType();
        this.subject = change.subject();
        this.action = change.action();
        this.before = change.before();
        this.after = change.after();
        this.detail = change.detail();
        this.detailDigest = AuditChain.digest(change.detail());
        this.chainNo = chainNo;
        this.chainPrevious = Objects.requireNonNull(previous);
        this.chainHash = AuditChain.hash(previous, chainNo, change(), seq);
    }

    /**
     * The entry to persist for a change, the {@code seq}-th of its transaction and the {@code chainNo}-th of the
     * trail, following the entry whose hash is {@code previous}; the only way to make one.
     */
    public static AuditEntry of(Change change, int seq, long chainNo, String previous) {
        return new AuditEntry(Objects.requireNonNull(change), seq, chainNo, previous);
    }

    public Long chainNo() {
        return chainNo;
    }

    public String chainPrevious() {
        return chainPrevious;
    }

    public String chainHash() {
        return chainHash;
    }

    public int seq() {
        return seq;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subject() {
        return subject;
    }

    public String action() {
        return action;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String detail() {
        return detail;
    }

    public String detailDigest() {
        return detailDigest;
    }

    /** Whether its detail was redacted (erasure or the retention purge). */
    public boolean redacted() {
        return redactedIn != null;
    }

    /** Back as the fact it records. */
    public Change change() {
        return new Change(subjectType, subject, action, before, after, actor, at, detail);
    }
}
