package coop.khidma.reception.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.boundary.Paper;
import coop.khidma.intake.boundary.RequestProgress;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.CounterTicket;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.persistence.Sequences;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.reception.control.DayFigures;
import coop.khidma.reception.control.WaitEstimate;
import coop.khidma.reception.entity.CounterService;
import coop.khidma.reception.entity.Ticket;
import coop.khidma.reception.entity.TicketStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The counter's line. Anyone at the kiosk may take a ticket (and learns only their number, place and expected
 * wait); staff call the next ticket to their desk and close it, and from the called ticket open or find the visitor's
 * request, which keeps the ticket (intake writes the request; the ticket stays without anything personal). Every
 * step is in the audit trail.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class Queue {

    /** What the visitor takes away from the kiosk. */
    public record TicketReceipt(String number, CounterService service, LocalDate day, int position,
                                long estimatedWaitMinutes, Instant takenAt) {
    }

    /**
     * A ticket as the counter sees it (there is nothing personal on a ticket), with the reference of the request
     * opened or found for its holder ({@code null} for none, or where not asked).
     */
    public record TicketRow(Long id, String number, CounterService service, TicketStatus status, String desk,
                            Instant takenAt, Instant calledAt, Instant closedAt, long version, String request) {

        static TicketRow of(Ticket ticket) {
            return of(ticket, null);
        }

        static TicketRow of(Ticket ticket, String request) {
            return new TicketRow(ticket.id(), ticket.displayNumber(), ticket.service(), ticket.status(), ticket.desk(),
                    ticket.takenAt(), ticket.calledAt(), ticket.closedAt(), ticket.version(), request);
        }
    }

    /** What the office's "now serving" screen shows: a ticket number and the desk it was called to, nothing else. */
    public record NowServing(String number, String desk) {
    }

    /** A counter visit that ended with the visitor served today, as the kiosk's rating may name it. */
    public record ServedVisit(String visit, CounterService service) {
    }

    /** How many calls the "now serving" screen shows at most. */
    public static final int NOW_SERVING_MAX = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    Sequences sequences;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Requests requests;

    @Inject
    RequestProgress progress;

    @Inject
    Event<VisitServed> visitServed;

    @Resource
    SessionContext caller;

    /** A new ticket for {@code service} at the kiosk, with the place in line and the expected wait. */
    @PermitAll
    public TicketReceipt take(CounterService service) {
        Instant now = clock.instant();
        LocalDate day = today(now);
        int ahead = waiting(Objects.requireNonNull(service, "service"), day).size();
        Ticket ticket = Ticket.take(service, day, (int) sequences.next("ticket-" + service.letter(), period(day)),
                Channel.KIOSK, now);
        em.persist(ticket);
        audit.record(ticket.taken());
        return new TicketReceipt(ticket.displayNumber(), service, day, ahead + 1,
                WaitEstimate.minutes(ahead, recentVisits(service), servingDesks(service, now)), now);
    }

    /** Calls the longest-waiting ticket of {@code service} today to {@code desk}. Breaks {@code rule.queue.empty}. */
    public TicketRow callNext(CounterService service, String desk) {
        Instant now = clock.instant();
        Ticket next = em.createQuery("SELECT t FROM Ticket t WHERE t.service = :service AND t.day = :day "
                        + "AND t.status = :waiting ORDER BY t.number", Ticket.class)
                .setParameter("service", service).setParameter("day", today(now))
                .setParameter("waiting", TicketStatus.WAITING).setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("rule.queue.empty"));
        audit.record(next.call(desk, me(), now));
        return TicketRow.of(next);
    }

    /**
     * The ticket this staff member called to {@code desk} today and has not closed yet, the latest call first: the
     * visitor still at the desk when the employee comes back to the queue (from the request they opened, say), with
     * the request opened or found for them.
     */
    public Optional<TicketRow> calledTo(String desk) {
        return withRequests(em.createQuery("SELECT t FROM Ticket t WHERE t.day = :day AND t.status = :called "
                        + "AND t.desk = :desk AND t.calledBy = :me ORDER BY t.calledAt DESC, t.id DESC", Ticket.class)
                .setParameter("day", today(clock.instant())).setParameter("called", TicketStatus.CALLED)
                .setParameter("desk", desk == null ? "" : desk.strip()).setParameter("me", me()).setMaxResults(1)
                .getResultList()).stream().findFirst();
    }

    /**
     * The called visitor was served; when the visit was for an open request (a closed one's closing invited its
     * requester already) {@link VisitServed} is fired, so the requester is invited to rate the visit. Breaks
     * {@code rule.ticket.notCalled} or {@code rule.ticket.unknown}.
     */
    public TicketRow served(Long id) {
        Ticket ticket = find(id);
        audit.record(ticket.served(me(), clock.instant()));
        String reference = progress.referencesOfTickets(List.of(ticket.id())).get(ticket.id());
        if (reference != null) {
            progress.openRequesterOf(reference).ifPresent(requester ->
                    visitServed.fire(new VisitServed(ticket.service(), reference, requester)));
        }
        return TicketRow.of(ticket);
    }

    /** The called visitor did not come. Breaks {@code rule.ticket.notCalled} or {@code rule.ticket.unknown}. */
    public TicketRow noShow(Long id) {
        Ticket ticket = find(id);
        audit.record(ticket.noShow(me(), clock.instant()));
        return TicketRow.of(ticket);
    }

    /** Today's tickets of every service, in the order they were taken. */
    public List<TicketRow> today() {
        return em.createQuery("SELECT t FROM Ticket t WHERE t.day = :day ORDER BY t.takenAt, t.id", Ticket.class)
                .setParameter("day", today(clock.instant())).getResultStream().map(TicketRow::of).toList();
    }

    /**
     * A page of today's tickets of {@code service} (every service when {@code null}), in the order they were taken,
     * for the counter's list; the database pages it.
     */
    public List<TicketRow> today(CounterService service, int offset, int limit) {
        TypedQuery<Ticket> page = em.createQuery("SELECT t FROM Ticket t WHERE t.day = :day"
                + (service == null ? "" : " AND t.service = :service") + " ORDER BY t.takenAt, t.id", Ticket.class);
        return withRequests(bound(page, service).setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList());
    }

    /** The tickets as rows, each with the request opened or found for its holder (one query for them all). */
    private List<TicketRow> withRequests(List<Ticket> tickets) {
        Map<Long, String> requests = progress.referencesOfTickets(tickets.stream().map(Ticket::id).toList());
        return tickets.stream().map(ticket -> TicketRow.of(ticket, requests.get(ticket.id()))).toList();
    }

    /**
     * The counter and the case (policy clause 1 and 2): registers a request for the visitor holding ticket
     * {@code ticketId}, as staff register any request ({@link Requests#register}), and the request keeps the
     * ticket. Breaks {@code rule.ticket.unknown}, {@code rule.ticket.notAtDesk} unless the ticket is today's and was
     * called to a desk, {@code rule.ticket.hasRequest}, or a rule of the registration.
     */
    public RequestView openRequest(Long ticketId, String typeCode, Channel channel, String name, String mobile,
                                   String details, Paper scan) {
        return openRequest(ticketId, typeCode, channel, name, mobile, details, scan, null);
    }

    /** The same, with how the visitor wants to be told ({@link Requests#register} with {@code preferred}). */
    public RequestView openRequest(Long ticketId, String typeCode, Channel channel, String name, String mobile,
                                   String details, Paper scan, MessageChannel preferred) {
        CounterTicket visit = atDesk(ticketId);
        String reference = requests.register(typeCode, channel, name, mobile, details, scan, preferred).ref()
                .reference();
        progress.cameWithTicket(reference, visit, clock.instant());
        return requests.detail(reference);
    }

    /**
     * The request of the visitor holding ticket {@code ticketId}, found among those on record (filed earlier, at the
     * kiosk, by phone…), keeps the ticket. Breaks {@code rule.ticket.unknown}, {@code rule.ticket.notAtDesk},
     * {@code rule.ticket.hasRequest}, {@code rule.request.notFound}, {@code rule.request.hasTicket}, or
     * {@code rule.request.illegalTransition} for a closed request.
     */
    public RequestView findRequest(Long ticketId, String reference) {
        CounterTicket visit = atDesk(ticketId);
        String typed = Digits.toAscii(String.valueOf(reference)).strip();
        progress.cameWithTicket(typed, visit, clock.instant());
        return requests.detail(typed);
    }

    /** A ticket of any day, to read beside the request it led to (its waiting and desk times); empty when unknown. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public Optional<TicketRow> ticket(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Ticket.class, id)).map(TicketRow::of);
    }

    /** The ticket's holder at a desk now, as intake keeps the visit. */
    private CounterTicket atDesk(Long ticketId) {
        Ticket ticket = find(ticketId);
        ticket.requireAtDesk(today(clock.instant()));
        return new CounterTicket(ticket.id(), ticket.displayNumber(), ticket.day());
    }

    /** How many tickets {@link #today(CounterService, int, int)} pages through. */
    public int countToday(CounterService service) {
        return bound(em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.day = :day"
                + (service == null ? "" : " AND t.service = :service"), Long.class), service).getSingleResult()
                .intValue();
    }

    /** Today, and the service when one is chosen. */
    private <T> TypedQuery<T> bound(TypedQuery<T> query, CounterService service) {
        query.setParameter("day", today(clock.instant()));
        return service == null ? query : query.setParameter("service", service);
    }

    /** Today's figures of each service: waiting, at a desk, served, no-show, average wait and service time. */
    public List<DayFigures.Figures> figuresToday() {
        return DayFigures.of(em.createQuery("SELECT t FROM Ticket t WHERE t.day = :day", Ticket.class)
                .setParameter("day", today(clock.instant())).getResultList());
    }

    /**
     * The tickets called to a desk and not yet closed today, the latest call first: what the office's screen shows
     * to everyone in the room, so only numbers and desks.
     */
    @PermitAll
    public List<NowServing> nowServing() {
        return em.createQuery("SELECT t FROM Ticket t WHERE t.day = :day AND t.status = :called "
                        + "ORDER BY t.calledAt DESC, t.id DESC", Ticket.class)
                .setParameter("day", today(clock.instant())).setParameter("called", TicketStatus.CALLED)
                .setMaxResults(NOW_SERVING_MAX).getResultStream()
                .map(ticket -> new NowServing(ticket.displayNumber(), ticket.desk())).toList();
    }

    /**
     * The kiosk asks whether ticket {@code number} of {@code service} was served today, before offering its holder
     * to rate the visit; it learns the visit's name and service only, never the desk or who served. Breaks
     * {@code rule.ticket.notServed} alike for an unknown ticket and one not (yet) served.
     */
    @PermitAll
    public ServedVisit servedToday(CounterService service, int number) {
        LocalDate day = today(clock.instant());
        return em.createQuery("SELECT t FROM Ticket t WHERE t.service = :service AND t.day = :day "
                        + "AND t.number = :number AND t.status = :served", Ticket.class)
                .setParameter("service", Objects.requireNonNull(service, "service")).setParameter("day", day)
                .setParameter("number", number).setParameter("served", TicketStatus.SERVED)
                .getResultStream().findFirst().map(ticket -> new ServedVisit(ticket.subject(), service))
                .orElseThrow(() -> new DomainException("rule.ticket.notServed"));
    }

    private Ticket find(Long id) {
        Ticket ticket = id == null ? null : em.find(Ticket.class, id, LockModeType.OPTIMISTIC);
        if (ticket == null) {
            throw new DomainException("rule.ticket.unknown");
        }
        return ticket;
    }

    private List<Ticket> waiting(CounterService service, LocalDate day) {
        return em.createQuery("SELECT t FROM Ticket t WHERE t.service = :service AND t.day = :day "
                        + "AND t.status = :waiting", Ticket.class)
                .setParameter("service", service).setParameter("day", day)
                .setParameter("waiting", TicketStatus.WAITING).getResultList();
    }

    /** How long the latest visits of this service took, newest first. */
    private List<Duration> recentVisits(CounterService service) {
        return em.createQuery("SELECT t FROM Ticket t WHERE t.service = :service AND t.status = :served "
                        + "ORDER BY t.closedAt DESC", Ticket.class)
                .setParameter("service", service).setParameter("served", TicketStatus.SERVED)
                .setMaxResults(WaitEstimate.RECENT_VISITS).getResultStream()
                .flatMap(ticket -> ticket.serviceTime().stream()).toList();
    }

    /** Desks that called this service in the last hour. */
    private int servingDesks(CounterService service, Instant now) {
        return ((Number) em.createQuery("SELECT COUNT(DISTINCT t.desk) FROM Ticket t WHERE t.service = :service "
                        + "AND t.calledAt >= :since")
                .setParameter("service", service).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult()).intValue();
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    /** The office's day: tickets start again at 1 every day in Riyadh. */
    private static LocalDate today(Instant now) {
        return now.atZone(HijriDates.RIYADH).toLocalDate();
    }

    /** The day as a sequence period, {@code 20261125}. */
    static int period(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }
}
