package coop.khidma.intake.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.intake.control.RequestLetters;
import coop.khidma.intake.entity.CounterTicket;
import coop.khidma.intake.entity.LinkedMember;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.person.EmailAddress;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.OfficeCalendar;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the other components do to a request, done by intake, the request's one writer: the committee's hand-over,
 * decision day and decision (review), the completed registration (membership), a data subject's right carried out
 * (privacy). Each verb runs in its caller's transaction as the caller's user, at the caller's instant (so both records
 * carry the same moment), is audited, and writes nothing before the caller's transaction does (one write of the
 * request, not one per verb) but for the right carried out, which is answered at once like intake's own answers.
 * Others read a request here too: the one finder by reference and the one version check ({@link RequestRef}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RequestProgress {

    /** What a verb leaves its caller: the request as it now stands, and its requester to write to. */
    public record Moved(RequestSummary request, Recipient requester) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditLog audit;

    @Inject
    OfficeCalendar office;

    @Inject
    Outbox outbox;

    @Inject
    Event<RequestClosed> closed;

    /** The request with this reference, to read; empty when there is none. */
    public Optional<RequestSummary> summary(String reference) {
        return found(em, reference).map(RequestSummary::of);
    }

    /**
     * The request with this reference, to read its details (change it only through the verbs here). Breaks
     * {@code rule.request.notFound}.
     */
    public ServiceRequest read(String reference) {
        return find(em, reference);
    }

    /**
     * The request as the caller's screen showed it, to read its details (change it only through the verbs here).
     * Breaks {@code rule.request.notFound}; refused with an optimistic-lock failure when it changed since.
     */
    public ServiceRequest current(RequestRef ref) {
        ServiceRequest request = find(em, ref.reference());
        ref.requireCurrent(request.version());
        return request;
    }

    /**
     * VERIFIED → WITH_COMMITTEE; breaks {@code rule.request.notFound} or a rule of
     * {@link ServiceRequest#handToCommittee}.
     */
    public Moved handedToCommittee(String reference, Instant at) {
        return handedToCommittee(find(em, reference), at);
    }

    /** The same, refused when the request changed since the screen showed it. */
    public Moved handedToCommittee(RequestRef ref, Instant at) {
        return handedToCommittee(current(ref), at);
    }

    private Moved handedToCommittee(ServiceRequest request, Instant at) {
        audit.record(request.handToCommittee(me(), at));
        return moved(request);
    }

    /**
     * With the committee, the member is owed its decision by {@code due} ({@code null} while its clock is stopped);
     * returns the request and whom to tell.
     */
    public Moved decisionDueBy(Long requestId, LocalDate due) {
        ServiceRequest request = byId(requestId);
        request.promiseDecisionBy(due);
        return moved(request);
    }

    /**
     * The committee accepted or rejected the request; an accepted one owes the member the next step (registration)
     * within the type's answer time from {@code at}.
     */
    public Moved decided(Long requestId, boolean accepted, Instant at) {
        ServiceRequest request = byId(requestId);
        audit.record(accepted ? request.accept(me(), at) : request.reject(me(), at));
        request.promiseAnswer(office.workingDays(), at);
        return moved(request);
    }

    /**
     * Registration completed (policy item 5): the accepted application is linked to its member (stored already, so
     * with its id), already active, and COMPLETED; the letter goes to the member's e-mail when the application gave
     * none. Breaks a rule of {@link ServiceRequest#complete(LinkedMember, String, Instant)}.
     */
    public Moved registrationCompleted(Long requestId, LinkedMember member, Instant at) {
        ServiceRequest request = byId(requestId);
        if (!Objects.requireNonNull(member.id(), "the member's id").equals(request.memberId())) {
            audit.record(request.linkMember(member, me(), at));
        }
        audit.record(request.complete(member, me(), at));
        return moved(request, member.email());
    }

    /**
     * A data subject's right carried out (privacy's {@code SubjectRights}), or a proxy recorded (assembly's
     * {@code Proxies}); {@link Requests#resolve} refuses a free answer to these requests: VERIFIED → BEING_SERVED → RESOLVED with {@code outcome}, each step audited, written at
     * once, and the requester told as for any answer. Breaks a rule of {@link ServiceRequest#startService} or
     * {@link ServiceRequest#resolve}.
     */
    public RequestSummary rightCarriedOut(Long requestId, String outcome, Instant at) {
        ServiceRequest request = byId(requestId);
        if (request.status() == RequestStatus.VERIFIED) {
            audit.record(request.startService(me(), at));
        }
        audit.record(request.resolve(outcome, me(), at));
        em.flush();
        Recipient requester = RequestLetters.recipient(request);
        outbox.send(requester, RequestLetters.answer(request));
        told(request, requester);
        return RequestSummary.of(request);
    }

    /**
     * The visitor at the counter holding {@code ticket} is the one the request is for (reception's queue tells, once it
     * checked the ticket is at a desk today): the request keeps the ticket. A ticket leads to one request. Breaks
     * {@code rule.request.notFound}, {@code rule.ticket.hasRequest} when the ticket already leads to a request, or a
     * rule of {@link ServiceRequest#cameWithTicket}.
     */
    public RequestSummary cameWithTicket(String reference, CounterTicket ticket, Instant at) {
        ServiceRequest request = find(em, reference);
        String other = referencesOfTickets(List.of(ticket.id())).get(ticket.id());
        if (other != null) {
            throw new DomainException("rule.ticket.hasRequest", ticket.number(), other);
        }
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(request.cameWithTicket(ticket, me(), at));
        em.flush();
        return RequestSummary.of(request);
    }

    /** The reference of the request each of these counter tickets led to, by ticket id (tickets without one left out). */
    public Map<Long, String> referencesOfTickets(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r.ticketId, r.reference FROM ServiceRequest r WHERE r.ticketId IN :ids",
                        Object[].class).setParameter("ids", List.copyOf(ticketIds)).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /**
     * A request carried out in the member register (membership's {@code RegisterChanges}; policy item 5): linked to
     * its member, then an accepted one (a withdrawal) COMPLETED, a verified or served one (a suspension by board
     * decision, a data update) served and RESOLVED, with {@code outcome} — each step audited, written at once, and the
     * requester told as for any answer. Breaks {@code rule.registerChange.notThisType} for a type the register does not
     * carry out, or a rule of the request's verbs.
     */
    public RequestSummary registerChanged(Long requestId, LinkedMember member, String outcome, Instant at) {
        ServiceRequest request = byId(requestId);
        if (!RequestType.CARRIED_OUT_IN_REGISTER.contains(request.typeCode())) {
            throw new DomainException("rule.registerChange.notThisType", request.typeCode());
        }
        if (!Objects.requireNonNull(member.id(), "the member's id").equals(request.memberId())) {
            audit.record(request.linkMember(member, me(), at));
        }
        if (request.status() == RequestStatus.ACCEPTED) {
            audit.record(request.completeWith(outcome, me(), at));
        } else {
            if (request.status() == RequestStatus.VERIFIED) {
                audit.record(request.startService(me(), at));
            }
            audit.record(request.resolve(outcome, me(), at));
        }
        em.flush();
        Recipient requester = RequestLetters.recipient(request, member.email());
        outbox.send(requester, RequestLetters.answer(request));
        told(request, requester);
        return RequestSummary.of(request);
    }

    /** The one finder by reference (for the boundaries of intake too); breaks {@code rule.request.notFound}. */
    static ServiceRequest find(EntityManager em, String reference) {
        return found(em, reference)
                .orElseThrow(() -> new DomainException("rule.request.notFound", String.valueOf(reference)));
    }

    private static Optional<ServiceRequest> found(EntityManager em, String reference) {
        List<ServiceRequest> found = em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :reference",
                ServiceRequest.class).setParameter("reference", reference).getResultList();
        return found.stream().findFirst();
    }

    /** A request another component keeps by id (from the persistence context when the caller read it already). */
    private ServiceRequest byId(Long requestId) {
        ServiceRequest request = requestId == null ? null : em.find(ServiceRequest.class, requestId);
        if (request == null) {
            throw new DomainException("rule.request.notFound", String.valueOf(requestId));
        }
        return request;
    }

    /**
     * The requester of {@code moved} was told by the letter just queued (review's decision, membership's registration):
     * when that closed the request (a rejection, a completed registration; not an acceptance, which awaits the
     * registration), {@link RequestClosed} is fired so the requester is invited to rate the service.
     */
    public void toldOf(Moved moved) {
        told(byId(moved.request().id()), moved.requester());
    }

    /**
     * The requester of the open request with this reference, as a letter about it reaches them (a counter visit
     * served for it invites them to rate the visit); empty when there is none or it is closed (its closing invited
     * them already).
     */
    public Optional<Recipient> openRequesterOf(String reference) {
        return found(em, reference).filter(request -> request.status().isOpen()).map(RequestLetters::recipient);
    }

    /** Fires {@link RequestClosed} for a closed request whose requester was just told so. */
    private void told(ServiceRequest request, Recipient requester) {
        if (!request.status().isOpen()) {
            closed.fire(new RequestClosed(request.reference(), requester, request.typeCode(), request.channel()));
        }
    }

    private static Moved moved(ServiceRequest request) {
        return moved(request, null);
    }

    private static Moved moved(ServiceRequest request, EmailAddress memberEmail) {
        return new Moved(RequestSummary.of(request), RequestLetters.recipient(request, memberEmail));
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
