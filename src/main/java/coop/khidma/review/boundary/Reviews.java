package coop.khidma.review.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.intake.boundary.KioskRequests.PublicStatus;
import coop.khidma.intake.boundary.RequestProgress;
import coop.khidma.intake.boundary.RequestProgress.Moved;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.boundary.RequestSummary;
import coop.khidma.intake.entity.RequestKey;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.control.ReviewCalendar;
import coop.khidma.review.control.ReviewLetters;
import coop.khidma.review.control.ReviewCalendar.ReviewWindow;
import coop.khidma.review.entity.AgendaItem;
import coop.khidma.review.entity.Decision;
import coop.khidma.review.entity.RejectionCategory;
import coop.khidma.review.entity.ReviewSettings;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The research committee's work (policy item 4): hand-over with the member told the expected date, the agenda, the
 * decision (accept, reject with reasons in Arabic and English, defer) not before the floor unless an administrator
 * records the board's exception, the paused clock, and the scheduler's reminder and overdue escalation — each exactly once per item.
 * Every change is written to the audit trail, and every member-facing event queues a letter, in the same transaction.
 */
@Stateless
public class Reviews {

    private static final Logger LOG = Logger.getLogger(Reviews.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditTrail;

    @Inject
    Outbox outbox;

    @Inject
    RequestProgress requests;

    @Inject
    Escalations escalations;

    @Inject
    Calendars calendars;

    @Inject
    OfficeDays officeDays;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * VERIFIED → WITH_COMMITTEE: the request goes on the agenda with today's window, and the member is sent the
     * "under review" letter with the expected decision date (the ceiling).
     */
    @RolesAllowed(Roles.STAFF)
    public HandOver handToCommittee(String reference) {
        Instant now = clock.instant();
        return handOver(requests.handedToCommittee(reference, now), now);
    }

    /** The same, refused when the request changed since the screen showed it (the version in {@code ref}). */
    @RolesAllowed(Roles.STAFF)
    public HandOver handToCommittee(RequestRef ref) {
        Instant now = clock.instant();
        return handOver(requests.handedToCommittee(ref, now), now);
    }

    /** Intake moved the request to the committee; it goes on the agenda, and the member learns the decision day. */
    private HandOver handOver(Moved moved, Instant now) {
        String reference = moved.request().reference();
        AgendaItem item = AgendaItem.handOver(moved.request().key(),
                em.find(ReviewSettings.class, ReviewSettings.SINGLETON), caller(), now);
        em.persist(item);
        ReviewWindow window = item.window(officeDays.calendar());
        requests.decisionDueBy(item.requestId(), window.due());
        auditTrail.record(item.handedOver());
        outbox.send(moved.requester(), ReviewLetters.underReview(reference, moved.requester().name(),
                window.handedOver(), window.earliestDecision(), window.due()));
        em.flush();
        return new HandOver(item.id(), reference, window.handedOver(), window.earliestDecision(), window.due());
    }

    /**
     * The committee's expected decision for a request the kiosk has just tracked (reference and mobile matched): its
     * agenda window while on the agenda, or the window it would get if handed over today while it is still before the
     * committee; nothing for requests the committee does not decide or that are past its decision. Dates only, so the
     * kiosk's anonymous visitor may ask.
     */
    @PermitAll
    public Optional<ExpectedDecision> expectedDecision(PublicStatus tracked) {
        RequestSummary request = request(tracked.reference());
        if (!request.needsCommittee()) {
            return Optional.empty();
        }
        return switch (request.status()) {
            case WITH_COMMITTEE -> em.createQuery("SELECT a FROM AgendaItem a WHERE a.requestId = :request",
                            AgendaItem.class).setParameter("request", request.id()).getResultStream().findFirst()
                    .map(item -> item.window(officeDays.calendar()))
                    .map(window -> window.due() == null
                            ? new ExpectedDecision(ExpectedDecision.Basis.PAUSED, null, null)
                            : new ExpectedDecision(ExpectedDecision.Basis.ON_AGENDA, window.earliestDecision(),
                            window.due()));
            case SUBMITTED, IN_INTAKE, RETURNED, VERIFIED -> {
                Calendars.DecisionWindow window = calendars.expectedDecision(today(clock.instant()));
                yield Optional.of(new ExpectedDecision(ExpectedDecision.Basis.IF_HANDED_OVER_TODAY, window.earliest(),
                        window.latest()));
            }
            default -> Optional.empty();
        };
    }

    /** The committee's window of a request that is, or was, on its agenda; empty for one never handed over. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public Optional<CommitteeWindow> window(String reference) {
        return em.createQuery("SELECT a FROM AgendaItem a WHERE a.requestReference = :reference ORDER BY a.id DESC",
                        AgendaItem.class).setParameter("reference", reference).setMaxResults(1).getResultStream()
                .findFirst().map(item -> {
                    ReviewWindow window = item.window(officeDays.calendar());
                    return new CommitteeWindow(item.id(), item.handedOverOn(), window.earliestDecision(),
                            window.due(), item.isPaused(), item.isDecided(), stops(item));
                });
    }

    private static List<CommitteeWindow.Stop> stops(AgendaItem item) {
        return item.pauses().stream().map(pause -> new CommitteeWindow.Stop(pause.from(), pause.toInclusive(),
                pause.reason(), pause.pausedBy())).toList();
    }

    /**
     * The undecided items (new and deferred), oldest hand-over first, each with its request's type (read with the
     * items, in the same statement).
     */
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    public List<AgendaRow> agenda() {
        ReviewCalendar calendar = officeDays.calendar();
        LocalDate today = today(clock.instant());
        return em.createQuery("SELECT a, r.typeCode FROM AgendaItem a, ServiceRequest r WHERE r.id = a.requestId "
                        + "AND (a.decision IS NULL OR a.decision = :defer) ORDER BY a.handedOverOn, a.id",
                        Object[].class)
                .setParameter("defer", Decision.DEFER).getResultStream()
                .map(found -> row((AgendaItem) found[0], (String) found[1], calendar, today)).toList();
    }

    /** The decisions recorded on {@code day} (a Riyadh date), in the order taken: the meeting's minutes. */
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    public List<MinuteRow> decidedOn(LocalDate day) {
        return em.createQuery("""
                        SELECT NEW coop.khidma.review.boundary.MinuteRow(a.requestReference, r.typeCode, a.decision,
                            a.reasonArabic, a.reasonEnglish, a.decidedBy, a.decidedAt, a.decidedBeforeFloorOn,
                            a.floorExceptionBoardReference, a.floorOverrideReason, a.floorOverriddenBy)
                        FROM AgendaItem a, ServiceRequest r
                        WHERE r.id = a.requestId AND a.decidedAt >= :from AND a.decidedAt < :to
                        ORDER BY a.decidedAt, a.id""", MinuteRow.class)
                .setParameter("from", day.atStartOfDay(HijriDates.RIYADH).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(HijriDates.RIYADH).toInstant()).getResultList();
    }

    /**
     * A committee member records the committee's decision; ACCEPT or REJECT moves the request and queues the decision
     * letter (a rejection carries its reasons in both languages). See {@link AgendaItem#decide} for the rules.
     */
    @RolesAllowed(Roles.COMMITTEE)
    public void decide(Long agendaId, Decision decision, String reasonArabic, String reasonEnglish) {
        decide(agendaId, decision, null, reasonArabic, reasonEnglish);
    }

    /**
     * The committee's decision with the category of a rejection's reasons (required to reject, see
     * {@link AgendaItem#decide(Decision, RejectionCategory, String, String, ReviewCalendar, String, Instant)}).
     */
    @RolesAllowed(Roles.COMMITTEE)
    public void decide(Long agendaId, Decision decision, RejectionCategory category, String reasonArabic,
                       String reasonEnglish) {
        AgendaItem item = item(agendaId);
        Instant now = clock.instant();
        auditTrail.record(item.decide(decision, category, reasonArabic, reasonEnglish, officeDays.calendar(), caller(),
                now));
        if (item.isDecided()) {
            boolean accepted = decision == Decision.ACCEPT;
            // accepted: the registration is owed next
            Moved decided = requests.decided(item.requestId(), accepted, now);
            outbox.send(decided.requester(), ReviewLetters.decision(item.requestReference(),
                    decided.requester().name(), decided.request().application(), accepted, item.reasonArabic(),
                    item.reasonEnglish(), today(now), item.decidedBeforeFloorOn() == null ? null
                            : new ReviewLetters.EarlyDecision(item.decidedBeforeFloorOn(),
                            item.floorExceptionBoardReference(), item.floorOverrideReason())));
            requests.toldOf(decided);
        }
    }

    /**
     * An administrator records the exception that lets the committee decide before the floor: why, and the board's
     * decision that allows it (both required). See {@link AgendaItem#overrideFloor} for the rules.
     */
    @RolesAllowed(Roles.ADMIN)
    public void overrideFloor(Long agendaId, String reason, String boardReference) {
        auditTrail.record(item(agendaId).overrideFloor(reason, boardReference, caller(), clock.instant()));
    }

    /**
     * The request waits on the member from {@code from} (a Riyadh date): the clock stops; the pause is kept, and the
     * member is told what they are waited for.
     */
    @RolesAllowed(Roles.STAFF)
    public void pause(Long agendaId, LocalDate from, String reason) {
        AgendaItem item = item(agendaId);
        auditTrail.record(item.pause(from, reason, caller(), clock.instant()));
        Moved owed = owedBy(item);
        outbox.send(owed.requester(), ReviewLetters.clockStopped(item.requestReference(), owed.requester().name(),
                from, reason));
    }

    /**
     * The member answered on {@code on}: the clock runs again from that day, the decision day moves with it, and the
     * member is told the new one.
     */
    @RolesAllowed(Roles.STAFF)
    public void resumeClock(Long agendaId, LocalDate on) {
        AgendaItem item = item(agendaId);
        auditTrail.record(item.resumeClock(on, caller(), clock.instant()));
        Moved owed = owedBy(item);
        outbox.send(owed.requester(), ReviewLetters.clockResumed(item.requestReference(), owed.requester().name(),
                on, item.window(officeDays.calendar()).due()));
    }

    /** The request owes the member the committee's decision by the window's ceiling (none while the clock is stopped). */
    private Moved owedBy(AgendaItem item) {
        return requests.decisionDueBy(item.requestId(), item.window(officeDays.calendar()).due());
    }

    /**
     * The scheduler's job: for every undecided item, escalate it once when overdue, or remind the committee once
     * when the ceiling is near; each item in its own transaction. Reads the injected clock only, so it is safe to
     * permit to the timer's unauthenticated identity. Returns how many items it changed.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindAndEscalateOverdue() {
        List<Long> open = em.createQuery("SELECT a.id FROM AgendaItem a WHERE (a.decision IS NULL OR a.decision = "
                        + ":defer) AND a.overdueEscalatedAt IS NULL ORDER BY a.handedOverOn", Long.class)
                .setParameter("defer", Decision.DEFER).getResultList();
        Reviews self = session.getBusinessObject(Reviews.class);
        int changed = 0;
        for (Long id : open) {
            try {
                changed += self.remindOrEscalate(id) ? 1 : 0;
            } catch (EJBException | DomainException e) {
                LOG.log(Level.WARNING, "Agenda item " + id + " could not be reminded or escalated; retried next run", e);
            }
        }
        return changed;
    }

    /**
     * One agenda item, under a row lock: escalated to the higher authority if overdue and not yet escalated (raised by
     * escalation's {@link Escalations#raiseOverdueDecision}, in this transaction), else reminded if due and not yet
     * reminded. A second run (another node, an overlapping tick) waits for the lock and
     * then sees the flag the first one set, so it does nothing.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remindOrEscalate(Long agendaId) {
        AgendaItem item = em.find(AgendaItem.class, agendaId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || item.isDecided() || item.overdueEscalatedAt() != null) {
            return false;
        }
        ReviewCalendar calendar = officeDays.calendar();
        Instant now = clock.instant();
        LocalDate today = today(now);
        if (item.isOverdue(calendar, today)) {
            RequestKey request = request(item.requestReference()).key();
            auditTrail.record(item.markOverdueEscalated(now));
            escalations.raiseOverdueDecision(request, overdueReason(item, calendar), now);
            return true;
        }
        int reminder = em.find(ReviewSettings.class, ReviewSettings.SINGLETON).reminderWorkingDays();
        if (item.reminderDue(calendar, today, reminder)) {
            auditTrail.record(item.markReminded(now));
            LOG.info(() -> "Committee reminded: " + item.requestReference() + " is due by "
                    + item.expectedDecisionDate(calendar));
            return true;
        }
        return false;
    }

    private static String overdueReason(AgendaItem item, ReviewCalendar calendar) {
        LocalDate due = item.expectedDecisionDate(calendar);
        return "تأخر قرار لجنة البحث: كان موعده " + due + " (رُفع الطلب في " + item.handedOverOn() + ")\n"
                + "The research committee's decision is overdue: it was due by " + due + " (handed over on "
                + item.handedOverOn() + ").";
    }

    private AgendaRow row(AgendaItem item, String typeCode, ReviewCalendar calendar, LocalDate today) {
        ReviewWindow window = item.window(calendar);
        return new AgendaRow(item.id(), item.requestReference(), typeCode, item.handedOverOn(),
                window.earliestDecision(), window.due(), item.isPaused(), item.decision(), item.deferrals(),
                item.isOverdue(calendar, today), item.hasException(), item.floorExceptionBoardReference(), stops(item));
    }

    private RequestSummary request(String reference) {
        return requests.summary(reference)
                .orElseThrow(() -> new DomainException("rule.review.requestUnknown", reference));
    }

    private AgendaItem item(Long agendaId) {
        AgendaItem item = agendaId == null ? null : em.find(AgendaItem.class, agendaId);
        if (item == null) {
            throw new DomainException("rule.agenda.unknown");
        }
        return item;
    }

    private static LocalDate today(Instant at) {
        return at.atZone(HijriDates.RIYADH).toLocalDate();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
