package coop.khidma.privacy.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.CorrectionField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A correction or an erasure of a data subject's records as staff propose it, after seeing which records it covers,
 * waiting for a second person: a supervisor (or above) other than the proposer approves it — only then is it carried
 * out — or declines it. At most one waits per request. The national ID and the corrected value are kept only while it
 * waits; the audit trail says who proposed and who decided, never the data.
 */
@Entity
@Table(name = "subject_right_proposal")
public class SubjectRightProposal {

    public static final String SUBJECT_TYPE = "SUBJECT_RIGHT";
    public static final int VALUE_MAX = 200;

    /** What is proposed. */
    public enum Kind { CORRECTION, ERASURE }

    /** Where it stands. */
    public enum State { WAITING, APPROVED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_reference", nullable = false, updatable = false, length = 40)
    private String requestReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private CorrectionField field;

    @Column(name = "corrected_value", length = VALUE_MAX)
    private String correctedValue;

    @Column(name = "national_id", length = 10)
    private String nationalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    /** The request's reference while the proposal waits (unique: one waits per request), then null. */
    @Column(name = "waiting_reference", length = 40)
    private String waitingReference;

    @Column(name = "proposed_by", nullable = false, updatable = false, length = 60)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected SubjectRightProposal() {
        // for the persistence provider only
    }

    /** A correction of {@code field} to the checked {@code value}, for the person with {@code nationalId}. */
    public static SubjectRightProposal correction(String reference, String nationalId, CorrectionField field,
                                                  String value, String by, Instant at) {
        SubjectRightProposal proposal = proposed(reference, Kind.CORRECTION, nationalId, by, at);
        proposal.field = Objects.requireNonNull(field, "field");
        proposal.correctedValue = Objects.requireNonNull(value, "value");
        return proposal;
    }

    /** The erasure of everything held about the person with {@code nationalId}. */
    public static SubjectRightProposal erasure(String reference, String nationalId, String by, Instant at) {
        return proposed(reference, Kind.ERASURE, nationalId, by, at);
    }

    private static SubjectRightProposal proposed(String reference, Kind kind, String nationalId, String by,
                                                 Instant at) {
        SubjectRightProposal proposal = new SubjectRightProposal();
        proposal.requestReference = Objects.requireNonNull(reference, "reference");
        proposal.waitingReference = reference;
        proposal.kind = kind;
        proposal.nationalId = Objects.requireNonNull(nationalId, "nationalId");
        proposal.state = State.WAITING;
        proposal.proposedBy = Objects.requireNonNull(by, "by");
        proposal.proposedAt = Objects.requireNonNull(at, "at");
        return proposal;
    }

    /** The audit entry of the proposal: the kind and the field, never the value. */
    public Change proposed() {
        return Change.of(SUBJECT_TYPE, requestReference, "proposeRight", null, State.WAITING, proposedBy, proposedAt,
                field == null ? kind.name() : kind + " " + field);
    }

    /**
     * A second person approves: breaks {@code rule.privacy.notWaiting} once decided, or {@code rule.privacy.ownProposal}
     * when {@code by} proposed it (compared regardless of case, as sign-in names are). The data it carried is cleared
     * by {@link #carriedOut()} once the right is carried out.
     */
    public Change approve(String by, Instant at) {
        requireWaiting();
        if (by == null || by.equalsIgnoreCase(proposedBy)) {
            throw new DomainException("rule.privacy.ownProposal");
        }
        return decide(State.APPROVED, "approveRight", by, at);
    }

    /** Declined by a supervisor, or withdrawn by the proposer; breaks {@code rule.privacy.notWaiting} once decided. */
    public Change decline(String by, Instant at) {
        requireWaiting();
        Change change = decide(State.DECLINED, "declineRight", by, at);
        carriedOut();
        return change;
    }

    /** Forgets the national ID and the value, once the approved right was carried out (or the proposal declined). */
    public void carriedOut() {
        nationalId = null;
        correctedValue = null;
    }

    private Change decide(State decided, String action, String by, Instant at) {
        state = decided;
        waitingReference = null;
        decidedBy = Objects.requireNonNull(by, "by");
        decidedAt = Objects.requireNonNull(at, "at");
        return Change.of(SUBJECT_TYPE, requestReference, action, State.WAITING, decided, by, at,
                "proposed by " + proposedBy);
    }

    private void requireWaiting() {
        if (state != State.WAITING) {
            throw new DomainException("rule.privacy.notWaiting", requestReference);
        }
    }

    public String requestReference() {
        return requestReference;
    }

    public Kind kind() {
        return kind;
    }

    public CorrectionField field() {
        return field;
    }

    public String correctedValue() {
        return correctedValue;
    }

    public String nationalId() {
        return nationalId;
    }

    public State state() {
        return state;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public long version() {
        return version;
    }
}
