package coop.khidma.escalation.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.escalation.control.EscalationLadder;
import coop.khidma.escalation.control.ReferralLetters;
import coop.khidma.escalation.control.Referrals;
import coop.khidma.escalation.entity.Escalation;
import coop.khidma.escalation.entity.EscalationLevel;
import coop.khidma.escalation.entity.EscalationState;
import coop.khidma.intake.boundary.RequestProgress;
import coop.khidma.intake.control.RequestLetters;
import coop.khidma.intake.entity.RequestKey;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.time.OfficeCalendar;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Referrals to the higher authority (policy item 3). Any staff member raises, to the level above their own; only
 * holders of the role the current level names answer, and never the one who referred; the member is written the
 * answer through the outbox; the deadline scheduler climbs what is overdue, counting the office's working days
 * ({@link EscalationLadder}). Every change is written to the audit trail in the same transaction.
 */
@Stateless
public class Escalations {

    /** Overdue committee decisions go to the lowest level answered by this role (the executive director). */
    static final String OVERDUE_DECISION_ROLE = Roles.DIRECTOR;
    private static final Logger LOG = Logger.getLogger(Escalations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditTrail;

    @Inject
    Clock clock;

    @Inject
    RequestProgress requests;

    @Inject
    OfficeCalendar office;

    @Inject
    Outbox outbox;

    @Resource
    SessionContext session;

    /**
     * A staff member refers the request, with the reason, to the level above their own
     * ({@link EscalationLadder#firstFor}): a staff member's to the supervisor, a supervisor's to the executive
     * director, the director's to the board. Breaks {@code rule.escalation.requestUnknown},
     * {@code rule.escalation.requestClosed} or {@code rule.escalation.reasonRequired}.
     */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR})
    public Long raise(String reference, String reason) {
        List<String> myRoles = Roles.ALL.stream().filter(session::isCallerInRole).toList();
        Escalation escalation = Escalation.raise(request(reference), ladder(), reason, caller(), myRoles,
                clock.instant());
        em.persist(escalation);
        auditTrail.record(escalation.raised());
        em.flush();
        return escalation.id();
    }

    /**
     * The committee's deadline (review): an agenda item past its decision day refers its request, as the system,
     * straight to the lowest level the executive director answers (the top of the ladder when none does), with the
     * reason: the committee has no rung of its own, and the director is the one who answers for it.
     * Runs in the caller's transaction and writes the raise to the audit trail there. Breaks
     * {@code rule.escalation.requestClosed} or {@code rule.escalation.reasonRequired}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void raiseOverdueDecision(RequestKey request, String reason, Instant at) {
        Escalation escalation = Escalation.raiseAt(request, ladder(), overdueDecisionLevel(), reason, Change.SYSTEM,
                at);
        em.persist(escalation);
        auditTrail.record(escalation.raised());
    }

    /**
     * The level answers, and the member is written the answer (through the outbox, by the channel their request came
     * by, never naming who answered). Breaks {@code rule.escalation.ownReferral} when the caller referred the request
     * up themselves (sign-in names compared regardless of case), {@code rule.escalation.notYourLevel} unless the
     * caller holds the role the escalation's current level names ({@link EscalationLevel#answeringRole()}), or a rule
     * of {@link Escalation#answer}.
     */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR})
    public void answer(Long escalationId, String text) {
        Escalation escalation = escalation(escalationId);
        escalation.requireNotReferrer(caller());
        if (!session.isCallerInRole(em.find(EscalationLevel.class, escalation.levelCode()).answeringRole())) {
            throw new DomainException("rule.escalation.notYourLevel", escalation.levelCode());
        }
        Instant now = clock.instant();
        auditTrail.record(escalation.answer(text, caller(), now));
        ServiceRequest request = requests.read(escalation.requestReference());
        outbox.send(RequestLetters.recipient(request), ReferralLetters.answered(escalation.requestReference(),
                request.requester().name(), escalation.answer(), now));
    }

    /** What waits, open, at the levels the caller answers for, the most urgent first, with the time left. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR})
    public List<WaitingEscalation> waitingAtMyLevel() {
        List<String> myLevels = levels().stream().filter(level -> session.isCallerInRole(level.answeringRole()))
                .map(EscalationLevel::code).toList();
        Instant now = clock.instant();
        return myLevels.isEmpty() ? List.of() : em.createQuery("SELECT e FROM Escalation e WHERE e.state = :open "
                        + "AND e.levelCode IN :levels ORDER BY e.dueAt, e.id", Escalation.class)
                .setParameter("open", EscalationState.OPEN).setParameter("levels", myLevels)
                .getResultStream().map(e -> new WaitingEscalation(e.id(), e.requestReference(), e.levelCode(),
                        e.reason(), e.raisedAt(), e.dueBy(), e.dueAt(), Duration.between(now, e.dueAt()),
                        e.climbedFrom())).toList();
    }

    /** "Under review by &lt;role&gt;": the level of the request's open escalation, if any; never a person. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public Optional<PublicStage> publicStage(String reference) {
        return em.createQuery("SELECT e FROM Escalation e WHERE e.requestReference = :reference "
                        + "AND e.state = :open ORDER BY e.raisedAt DESC, e.id DESC", Escalation.class)
                .setParameter("reference", reference).setParameter("open", EscalationState.OPEN)
                .setMaxResults(1).getResultStream().findFirst()
                .map(e -> new PublicStage(e.requestReference(), e.publicLevel()));
    }

    /**
     * The scheduler's job: every open escalation past its time climbs one level, or is flagged once at the top; each
     * in its own transaction. Reads the injected clock only (callers cannot move time), so it is safe to permit to
     * the timer's unauthenticated identity. Returns how many escalations it changed.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int climbOverdue() {
        List<Long> due = em.createQuery("SELECT e.id FROM Escalation e WHERE e.state = :open AND e.dueAt <= :now "
                        + "AND e.flaggedAt IS NULL ORDER BY e.dueAt", Long.class)
                .setParameter("open", EscalationState.OPEN).setParameter("now", clock.instant()).getResultList();
        Escalations self = session.getBusinessObject(Escalations.class);
        int changed = 0;
        for (Long id : due) {
            try {
                changed += self.climbOne(id) ? 1 : 0;
            } catch (EJBException | DomainException e) {
                LOG.log(Level.WARNING, "Escalation " + id + " could not climb; retried next run", e);
            }
        }
        return changed;
    }

    /**
     * One overdue escalation, under a row lock: climbs, or is flagged at the top; does nothing if another node or
     * run already handled it (the lock makes the second reader see the first one's result).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean climbOne(Long escalationId) {
        Escalation escalation = em.find(Escalation.class, escalationId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (escalation == null || !escalation.isOverdue(now) || escalation.isFlagged()) {
            return false;
        }
        EscalationLadder ladder = ladder();
        if (ladder.above(escalation.levelCode()).isEmpty()) {
            auditTrail.record(escalation.flagAtTop(ladder, now));
            return true;
        }
        Escalation.Climb climb = escalation.climb(ladder, now);
        em.persist(climb.higher());
        auditTrail.record(climb.changes());
        return true;
    }

    private RequestKey request(String reference) {
        return requests.summary(reference).orElseThrow(() -> new DomainException("rule.escalation.requestUnknown",
                reference)).key();
    }

    private Escalation escalation(Long id) {
        Escalation escalation = id == null ? null : em.find(Escalation.class, id);
        if (escalation == null) {
            throw new DomainException("rule.escalation.unknown");
        }
        return escalation;
    }

    /** A rung of the ladder as the administration view shows it. */
    public record LevelRow(String code, int position, int responseWorkingDays, String answeringRole,
                           long version) {
    }

    /** The ladder, lowest first, for administrators. */
    @RolesAllowed(Roles.ADMIN)
    public List<LevelRow> ladderLevels() {
        return levels().stream().map(l -> new LevelRow(l.code(), l.position(), l.responseWorkingDays(),
                l.answeringRole(), l.version())).toList();
    }

    /**
     * An administrator changes a level's response time, in whole working days. Escalations already waiting at a
     * level keep the due time they were given when they reached it; the next ones count with the new time. Breaks
     * {@code rule.escalation.workingDays} or {@code rule.escalation.unknownLevel}.
     */
    @RolesAllowed(Roles.ADMIN)
    public void changeResponseTime(String code, long version, int workingDays) {
        EscalationLevel level = code == null ? null : em.find(EscalationLevel.class, code);
        if (level == null) {
            throw new DomainException("rule.escalation.unknownLevel", String.valueOf(code));
        }
        if (level.version() != version) {
            throw new jakarta.persistence.OptimisticLockException(code);
        }
        int before = level.responseWorkingDays();
        level.changeResponseTime(workingDays);
        auditTrail.record(Change.of("SETTINGS", "escalation/" + code, "changeResponseTime", before,
                level.responseWorkingDays(), caller(), clock.instant(), null));
    }

    /**
     * Report 4 of the board's reports: the referrals that arrived at each level from the first day of {@code period}
     * to its last (Riyadh days), by what became of them there, with the working days the answered ones took. The
     * database counts by level and state (index {@code ix_escalation_raised}); only the answered referrals' two
     * timestamps of the period are read, never a reason, an answer or a name.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public Referrals referrals(DayRange period) {
        Objects.requireNonNull(period, "period");
        List<Referrals.Count> counts = em.createQuery("""
                        SELECT e.levelCode, e.state, COUNT(e) FROM Escalation e
                        WHERE e.raisedAt >= :start AND e.raisedAt < :end
                        GROUP BY e.levelCode, e.state""", Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end())
                .getResultStream()
                .map(row -> new Referrals.Count((String) row[0], (EscalationState) row[1], ((Number) row[2]).longValue()))
                .toList();
        List<Referrals.Answer> answers = em.createQuery("""
                        SELECT e.levelCode, e.raisedAt, e.answeredAt FROM Escalation e
                        WHERE e.raisedAt >= :start AND e.raisedAt < :end AND e.state = :answered""", Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end())
                .setParameter("answered", EscalationState.ANSWERED)
                .getResultStream()
                .map(row -> new Referrals.Answer((String) row[0], riyadhDay((Instant) row[1]),
                        riyadhDay((Instant) row[2])))
                .toList();
        return Referrals.of(period, levels().stream().map(EscalationLevel::code).toList(), counts, answers,
                office.workingDays());
    }

    private static LocalDate riyadhDay(Instant at) {
        return at.atZone(HijriDates.RIYADH).toLocalDate();
    }

    /** Where an overdue committee decision goes: the lowest level the executive director answers, else the top. */
    private String overdueDecisionLevel() {
        List<EscalationLevel> levels = levels();
        return levels.stream().filter(level -> level.answeringRole().equals(OVERDUE_DECISION_ROLE)).findFirst()
                .orElse(levels.get(levels.size() - 1)).code();
    }

    private List<EscalationLevel> levels() {
        return em.createQuery("SELECT l FROM EscalationLevel l ORDER BY l.position", EscalationLevel.class)
                .getResultList();
    }

    private EscalationLadder ladder() {
        return EscalationLevel.ladder(levels(), office.workingDays());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
