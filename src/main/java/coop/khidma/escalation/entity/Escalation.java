package coop.khidma.escalation.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.escalation.control.EscalationLadder;
import coop.khidma.intake.entity.RequestKey;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.HijriDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * A request referred to the higher authority (policy item 3): raised by a staff member with a reason to the level
 * above their own ({@link EscalationLadder#firstFor}), answered there by someone other than the referrer, or — unanswered past its response time — {@link #climb climbed} to the next
 * level, which opens a new escalation linked to this one. The member only ever learns the level
 * ({@link #publicLevel()}), never who holds it.
 */
@Entity
@Table(name = "escalation")
public class Escalation {

    public static final int TEXT_MAX = 2000;
    public static final String SUBJECT_TYPE = "ESCALATION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The request by value (intake's row id), never a relation into intake: intake alone changes the request. */
    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "request_reference", nullable = false, updatable = false, length = 20)
    private String requestReference;

    @Column(name = "level_code", nullable = false, updatable = false, length = 20)
    private String levelCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id", updatable = false)
    private Escalation previous;

    @Column(nullable = false, updatable = false, length = TEXT_MAX)
    private String reason;

    @Column(name = "raised_by", nullable = false, updatable = false, length = 60)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EscalationState state;

    @Column(length = TEXT_MAX)
    private String answer;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "climbed_at")
    private Instant climbedAt;

    @Column(name = "flagged_at")
    private Instant flaggedAt;

    @Version
    private long version;

    protected Escalation() {
        // for the persistence provider only
    }

    /**
     * A staff member holding {@code referrerRoles} refers an open request, with a reason, to the level above their
     * own ({@link EscalationLadder#firstFor}): a staff member's to the supervisor, a supervisor's to the executive
     * director, the director's to the board. Breaks {@code rule.escalation.requestClosed} or
     * {@code rule.escalation.reasonRequired}.
     */
    public static Escalation raise(RequestKey request, EscalationLadder ladder, String reason, String by,
                                   Collection<String> referrerRoles, Instant at) {
        if (!request.status().isOpen()) {
            throw new DomainException("rule.escalation.requestClosed", request.reference());
        }
        return open(request.id(), request.reference(), ladder, ladder.firstFor(referrerRoles).code(),
                checkText(reason, "rule.escalation.reasonRequired"), by, at, null);
    }

    /**
     * The system refers an open request straight to a given level (e.g. an overdue committee decision goes to the
     * executive director). Breaks {@code rule.escalation.requestClosed}, {@code rule.escalation.unknownLevel} or
     * {@code rule.escalation.reasonRequired}.
     */
    public static Escalation raiseAt(RequestKey request, EscalationLadder ladder, String levelCode,
                                     String reason, String by, Instant at) {
        if (!request.status().isOpen()) {
            throw new DomainException("rule.escalation.requestClosed", request.reference());
        }
        String code = ladder.level(levelCode).code();
        return open(request.id(), request.reference(), ladder, code,
                checkText(reason, "rule.escalation.reasonRequired"), by, at, null);
    }

    private static Escalation open(Long requestId, String requestReference, EscalationLadder ladder,
                                   String levelCode, String reason, String by, Instant at, Escalation previous) {
        Escalation escalation = new Escalation();
        escalation.requestId = requestId;
        escalation.requestReference = Objects.requireNonNull(requestReference, "requestReference");
        escalation.levelCode = levelCode;
        escalation.reason = reason;
        escalation.raisedBy = Objects.requireNonNull(by, "by");
        escalation.raisedAt = Objects.requireNonNull(at, "at");
        escalation.dueAt = ladder.dueAt(levelCode, at);
        escalation.state = EscalationState.OPEN;
        escalation.previous = previous;
        return escalation;
    }

    /** The audit fact of {@link #raise} (or of the new escalation a {@link #climb} opened). */
    public Change raised() {
        return Change.of(SUBJECT_TYPE, subject(), previous == null ? "raise" : "climbedInto", null, state, raisedBy,
                raisedAt, levelCode);
    }

    /**
     * The level answers; breaks {@code rule.escalation.notOpen}, {@code rule.escalation.ownReferral} when {@code by}
     * is the one who referred the request ({@link #referredBy()}, user names compared regardless of case) or
     * {@code rule.escalation.answerRequired}. Whether the user may answer at this level (their role against
     * {@link EscalationLevel#answeringRole()}) is the boundary's check.
     */
    public Change answer(String text, String by, Instant at) {
        requireOpen("answer");
        requireNotReferrer(by);
        this.answer = checkText(text, "rule.escalation.answerRequired");
        this.answeredBy = Objects.requireNonNull(by, "by");
        this.answeredAt = Objects.requireNonNull(at, "at");
        this.state = EscalationState.ANSWERED;
        return Change.of(SUBJECT_TYPE, subject(), "answer", EscalationState.OPEN, state, by, at, levelCode);
    }

    /**
     * Unanswered past its due time, the escalation climbs: this one becomes CLIMBED and a new OPEN escalation at the
     * next level is returned (persist it; write both {@link Climb#changes()}). Breaks {@code rule.escalation.notOpen},
     * {@code rule.escalation.notDue} before {@link #dueAt()} or {@code rule.escalation.atTop} at the top level.
     */
    public Climb climb(EscalationLadder ladder, Instant now) {
        requireOpen("climb");
        if (now.isBefore(dueAt)) {
            throw new DomainException("rule.escalation.notDue", levelCode);
        }
        EscalationLadder.Level next = ladder.above(levelCode)
                .orElseThrow(() -> new DomainException("rule.escalation.atTop", levelCode));
        this.state = EscalationState.CLIMBED;
        this.climbedAt = now;
        Escalation higher = open(requestId, requestReference, ladder, next.code(), reason, Change.SYSTEM, now, this);
        Change climbed = Change.of(SUBJECT_TYPE, subject(), "climb", EscalationState.OPEN, state, Change.SYSTEM, now,
                levelCode + " -> " + next.code());
        return new Climb(higher, climbed, higher.raised());
    }

    /**
     * Unanswered past its due time at the top of the ladder: it stays where it is and is flagged, once, for the
     * people who watch the ladder. Breaks {@code rule.escalation.notOpen}, {@code rule.escalation.notDue},
     * {@code rule.escalation.notAtTop} (it can still climb) or {@code rule.escalation.alreadyFlagged}.
     */
    public Change flagAtTop(EscalationLadder ladder, Instant now) {
        requireOpen("flag");
        if (now.isBefore(dueAt)) {
            throw new DomainException("rule.escalation.notDue", levelCode);
        }
        if (ladder.above(levelCode).isPresent()) {
            throw new DomainException("rule.escalation.notAtTop", levelCode);
        }
        if (flaggedAt != null) {
            throw new DomainException("rule.escalation.alreadyFlagged");
        }
        flaggedAt = now;
        return Change.of(SUBJECT_TYPE, subject(), "flagOverdueAtTop", state, state, Change.SYSTEM, now,
                "due " + dueAt);
    }

    /**
     * Breaks {@code rule.escalation.ownReferral} when {@code user} referred this request up (compared regardless of
     * case, as sign-in names are): no one answers their own referral, at any level it climbed to.
     */
    public void requireNotReferrer(String user) {
        if (user != null && user.equalsIgnoreCase(referredBy())) {
            throw new DomainException("rule.escalation.ownReferral", requestReference);
        }
    }

    /** Who referred the request up: the raiser of the first escalation of this chain ({@code system} for a deadline). */
    public String referredBy() {
        Escalation first = this;
        while (first.previous != null) {
            first = first.previous;
        }
        return first.raisedBy;
    }

    public boolean isFlagged() {
        return flaggedAt != null;
    }

    /** Open and past its due time: the scheduler should climb it (if a higher level exists) or report it. */
    public boolean isOverdue(Instant now) {
        return state == EscalationState.OPEN && !now.isBefore(dueAt);
    }

    private void requireOpen(String verb) {
        if (state != EscalationState.OPEN) {
            throw new DomainException("rule.escalation.notOpen", state, verb);
        }
    }

    private static String checkText(String text, String requiredKey) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException(requiredKey);
        }
        if (trimmed.length() > TEXT_MAX) {
            throw new DomainException("rule.reason.tooLong", TEXT_MAX);
        }
        return trimmed;
    }

    private String subject() {
        return requestReference + "/" + levelCode;
    }

    /**
     * What the member may see: "under review by &lt;role&gt;", the level's code only (the bundles name it as
     * {@code escalation.level.<code>}), never a person.
     */
    public String publicLevel() {
        return levelCode;
    }

    /** The level this escalation climbed from, or {@code null} when it was raised at its own level. */
    public String climbedFrom() {
        return previous == null ? null : previous.levelCode();
    }

    public Long id() {
        return id;
    }

    /** The request's id in intake. */
    public Long requestId() {
        return requestId;
    }

    public String requestReference() {
        return requestReference;
    }

    public String levelCode() {
        return levelCode;
    }

    public Escalation previous() {
        return previous;
    }

    public String reason() {
        return reason;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    /** The first instant the level is late (midnight in Riyadh after {@link #dueBy()}). */
    public Instant dueAt() {
        return dueAt;
    }

    /** The last day (Riyadh) the level has to answer: the day before it is late. */
    public LocalDate dueBy() {
        return dueAt.minusNanos(1).atZone(HijriDates.RIYADH).toLocalDate();
    }

    public EscalationState state() {
        return state;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant climbedAt() {
        return climbedAt;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }

    public long version() {
        return version;
    }

    /** The outcome of {@link #climb}: the new escalation to persist and the two audit facts. */
    public record Climb(Escalation higher, Change climbed, Change raisedHigher) {

        public java.util.List<Change> changes() {
            return java.util.List.of(climbed, raisedHigher);
        }
    }
}
