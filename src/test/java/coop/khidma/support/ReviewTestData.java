package coop.khidma.support;

import coop.khidma.api.entity.IdempotentResponse;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.escalation.entity.Escalation;
import coop.khidma.escalation.entity.EscalationLevel;
import coop.khidma.escalation.entity.EscalationState;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.persistence.Sequences;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.Calendars;
import coop.khidma.review.control.ReviewCalendar;
import coop.khidma.review.entity.AgendaItem;
import coop.khidma.review.entity.Decision;
import coop.khidma.review.entity.RejectionCategory;
import coop.khidma.review.entity.ReviewSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Test-only data for the escalation and review container tests: requests walked through intake with the aggregate
 * verbs, agenda items and escalations dated in the past (so deadlines are driven by the data, never by sleeping), and
 * read-outs of what the boundaries stored.
 */
@Stateless
@PermitAll
public class ReviewTestData {

    public static final String BY = "test-staff";

    @PersistenceContext
    EntityManager em;

    @Inject
    Sequences sequences;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    public record OnAgenda(String reference, Long agendaId) {
    }

    public record EscalationView(Long id, String reference, String levelCode, EscalationState state, Long previousId,
                                 String raisedBy, boolean flagged, String answer, String answeredBy) {
    }

    public record AgendaView(Decision decision, String reasonArabic, String reasonEnglish, Instant remindedAt,
                             Instant overdueEscalatedAt, int pauses, boolean paused, LocalDate expectedDecision,
                             RejectionCategory rejectionCategory) {
    }

    public record MessageView(MessageKind kind, String bodyArabic, String bodyEnglish) {
    }

    /** A request of the type, every mandatory item verified: VERIFIED, filed and verified now. */
    public String verifiedRequest(String typeCode) {
        return verified(typeCode, clock.instant()).reference();
    }

    /** A SUPPORT request (the committee decides it) handed over on {@code day}, noon in Riyadh. */
    public OnAgenda handedOverOn(LocalDate day) {
        Instant at = day.atTime(12, 0).atZone(HijriDates.RIYADH).toInstant();
        ServiceRequest request = verified("SUPPORT", at);
        request.handToCommittee(BY, at);
        AgendaItem item = AgendaItem.handOver(request.key(), em.find(ReviewSettings.class, ReviewSettings.SINGLETON),
                BY, at);
        em.persist(item);
        em.flush();
        return new OnAgenda(request.reference(), item.id());
    }

    /** Handed over so that the floor is today (or the last working day) and the ceiling still days away. */
    public OnAgenda pastTheFloor() {
        ReviewCalendar calendar = calendars.calendar();
        ReviewSettings settings = em.find(ReviewSettings.class, ReviewSettings.SINGLETON);
        LocalDate today = today(), day = today;
        while (calendar.window(day, settings.floorWorkingDays(), settings.ceilingWorkingDays(), List.of())
                .earliestDecision().isAfter(today)) {
            day = day.minusDays(1);
        }
        return handedOverOn(day);
    }

    /** Handed over so that the ceiling is the next working day: the reminder is due, nothing is overdue. */
    public OnAgenda nearTheCeiling() {
        ReviewCalendar calendar = calendars.calendar();
        ReviewSettings settings = em.find(ReviewSettings.class, ReviewSettings.SINGLETON);
        LocalDate target = calendar.addWorkingDays(today(), 1), day = today();
        while (calendar.window(day, settings.floorWorkingDays(), settings.ceilingWorkingDays(), List.of()).due()
                .isAfter(target)) {
            day = day.minusDays(1);
        }
        return handedOverOn(day);
    }

    /** An escalation of a fresh verified request, raised straight to {@code levelCode} at {@code raisedAt}. */
    public Long escalationAt(String levelCode, Instant raisedAt) {
        return escalationAt(levelCode, raisedAt, BY);
    }

    /** The same, referred up by the user named {@code by}. */
    public Long escalationAt(String levelCode, Instant raisedAt, String by) {
        ServiceRequest request = verified("COMPLAINT", raisedAt);
        Escalation escalation = Escalation.raiseAt(request.key(), EscalationLevel.ladder(
                        em.createQuery("SELECT l FROM EscalationLevel l", EscalationLevel.class).getResultList(),
                        calendars.calendar()),
                levelCode, "The member asks how the bylaws apply to inherited shares", by, raisedAt);
        em.persist(escalation);
        em.flush();
        return escalation.id();
    }

    /** The escalation is answered at {@code at} by a holder of its level who did not refer it. */
    public void answerEscalation(Long id, Instant at) {
        em.find(Escalation.class, id).answer("The bylaws apply to inherited shares as to any other", "test-answerer",
                at);
        em.flush();
    }

    /** The overdue escalation climbs at {@code at}; the id of the new escalation at the next level. */
    public Long climbEscalation(Long id, Instant at) {
        Escalation.Climb climb = em.find(Escalation.class, id).climb(EscalationLevel.ladder(
                em.createQuery("SELECT l FROM EscalationLevel l", EscalationLevel.class).getResultList(),
                calendars.calendar()), at);
        em.persist(climb.higher());
        em.flush();
        return climb.higher().id();
    }

    public EscalationView escalation(Long id) {
        return view(em.find(Escalation.class, id));
    }

    public List<EscalationView> escalationsOf(String reference) {
        return em.createQuery("SELECT e FROM Escalation e WHERE e.requestReference = :reference ORDER BY e.id",
                Escalation.class).setParameter("reference", reference).getResultStream().map(this::view).toList();
    }

    public AgendaView agendaItem(Long id) {
        AgendaItem item = em.find(AgendaItem.class, id);
        return new AgendaView(item.decision(), item.reasonArabic(), item.reasonEnglish(), item.remindedAt(),
                item.overdueEscalatedAt(), item.pauses().size(), item.isPaused(),
                item.expectedDecisionDate(calendars.calendar()), item.rejectionCategory());
    }

    public RequestStatus status(String reference) {
        return request(reference).status();
    }

    /** The day the association owes the member its next step on this request, or {@code null}. */
    public LocalDate dueOn(String reference) {
        return request(reference).dueOn();
    }

    /** The day {@code n} working days after today, on the office's calendar. */
    public LocalDate workingDaysFromToday(int n) {
        return calendars.calendar().addWorkingDays(today(), n);
    }

    public List<MessageView> messages(String reference) {
        return em.createQuery("SELECT m FROM Message m WHERE m.requestReference = :reference ORDER BY m.id",
                        Message.class).setParameter("reference", reference).getResultStream()
                .map(m -> new MessageView(m.kind(), m.bodyArabic(), m.bodyEnglish())).toList();
    }

    /** How many audit entries name the subject and the action. */
    public long audits(String subject, String action) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.subject = :subject AND a.action = :action",
                Long.class).setParameter("subject", subject).setParameter("action", action).getSingleResult();
    }

    /** A website answer kept for an Idempotency-Key, as if first given at {@code at}. */
    public void idempotentAnswer(String key, Instant at) {
        em.persist(new IdempotentResponse(key, "0".repeat(64), 201, null, "{}", at));
    }

    public boolean idempotentAnswerKept(String key) {
        return em.find(IdempotentResponse.class, key) != null;
    }

    public LocalDate today() {
        return clock.instant().atZone(HijriDates.RIYADH).toLocalDate();
    }

    private ServiceRequest verified(String typeCode, Instant at) {
        String reference = String.format("RT-%06d", sequences.next("review-test", 0));
        ServiceRequest request = ServiceRequest.submit(reference, em.find(RequestType.class, typeCode),
                new Requester("Test Member", SaudiMobile.parse("0551234567")), Channel.IN_PERSON, null, BY, at);
        em.persist(request);
        request.startIntake(BY, at);
        for (ItemVerification item : request.blockingItems()) {
            request.verifyItem(item.itemCode(), VerificationMethod.ORIGINAL_SEEN, BY, at);
        }
        request.completeIntake(BY, at);
        em.flush(); // its id, which agenda items and escalations keep
        return request;
    }

    private ServiceRequest request(String reference) {
        return em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :reference", ServiceRequest.class)
                .setParameter("reference", reference).getSingleResult();
    }

    private EscalationView view(Escalation e) {
        return new EscalationView(e.id(), e.requestReference(), e.levelCode(), e.state(),
                e.previous() == null ? null : e.previous().id(), e.raisedBy(), e.isFlagged(), e.answer(),
                e.answeredBy());
    }
}
