package coop.khidma.reception.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.Channel;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor's place in the counter's line for one service on one day: {@code A-001}, {@code A-002}, … gap-free per
 * service and day. It is taken (at the kiosk), called to a desk by a staff member, then served or marked as a
 * no-show. It carries nothing about the person: the ticket is the start of the visit, not a record of who came.
 */
@Entity
@Table(name = "queue_ticket")
public class Ticket {

    public static final String SUBJECT_TYPE = "TICKET";
    public static final int DESK_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CounterService service;

    @Column(name = "service_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TicketStatus status;

    @Column(length = DESK_MAX)
    private String desk;

    @Column(name = "called_by", length = 60)
    private String calledBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "called_at")
    private Instant calledAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Ticket() {
        // for the persistence provider only
    }

    /** The {@code number}-th ticket of {@code service} on {@code day} (Riyadh), waiting from {@code at}. */
    public static Ticket take(CounterService service, LocalDate day, int number, Channel channel, Instant at) {
        Ticket ticket = new Ticket();
        ticket.service = Objects.requireNonNull(service, "service");
        ticket.day = Objects.requireNonNull(day, "day");
        if (number < 1) {
            throw new IllegalArgumentException("ticket numbers start at 1");
        }
        ticket.number = number;
        ticket.channel = Objects.requireNonNull(channel, "channel");
        ticket.status = TicketStatus.WAITING;
        ticket.takenAt = Objects.requireNonNull(at, "at");
        return ticket;
    }

    /** The audit fact of {@link #take}. */
    public Change taken() {
        return Change.of(SUBJECT_TYPE, subject(), "take", null, status, Change.KIOSK, takenAt, "via " + channel);
    }

    /** Calls the ticket to {@code desk}. Breaks {@code rule.ticket.notWaiting} or {@code rule.ticket.desk}. */
    public Change call(String desk, String by, Instant at) {
        requireStatus(TicketStatus.WAITING, "rule.ticket.notWaiting");
        this.desk = checkDesk(desk);
        this.calledBy = Objects.requireNonNull(by, "by");
        this.calledAt = Objects.requireNonNull(at, "at");
        return move(TicketStatus.CALLED, "call", by, at, "desk " + this.desk);
    }

    /** The visitor was served at the desk. Breaks {@code rule.ticket.notCalled}. */
    public Change served(String by, Instant at) {
        requireStatus(TicketStatus.CALLED, "rule.ticket.notCalled");
        closedAt = Objects.requireNonNull(at, "at");
        return move(TicketStatus.SERVED, "served", by, at, "desk " + desk);
    }

    /** The visitor did not come when called. Breaks {@code rule.ticket.notCalled}. */
    public Change noShow(String by, Instant at) {
        requireStatus(TicketStatus.CALLED, "rule.ticket.notCalled");
        closedAt = Objects.requireNonNull(at, "at");
        return move(TicketStatus.NO_SHOW, "noShow", by, at, "desk " + desk);
    }

    /** Breaks {@code rule.ticket.desk}: a desk is named, at most {@value #DESK_MAX} characters. */
    public static String checkDesk(String desk) {
        String trimmed = desk == null ? "" : desk.strip();
        if (trimmed.isEmpty() || trimmed.length() > DESK_MAX) {
            throw new DomainException("rule.ticket.desk", DESK_MAX);
        }
        return trimmed;
    }

    /**
     * Breaks {@code rule.ticket.notAtDesk} unless the ticket is of {@code today} and its holder reached a desk (called,
     * or served already): only then is the visitor there for a request to be opened or found for them.
     */
    public void requireAtDesk(LocalDate today) {
        if (!day.equals(today) || (status != TicketStatus.CALLED && status != TicketStatus.SERVED)) {
            throw new DomainException("rule.ticket.notAtDesk", displayNumber());
        }
    }

    private void requireStatus(TicketStatus expected, String rule) {
        if (status != expected) {
            throw new DomainException(rule, displayNumber());
        }
    }

    private Change move(TicketStatus next, String action, String by, Instant at, String detail) {
        TicketStatus before = status;
        status = next;
        return Change.of(SUBJECT_TYPE, subject(), action, before, next, by, at, detail);
    }

    /** How the ticket is printed and called out: the service's letter and three digits, {@code A-007}. */
    public static String displayNumber(CounterService service, int number) {
        return String.format("%c-%03d", service.letter(), number);
    }

    public String displayNumber() {
        return displayNumber(service, number);
    }

    /** The ticket as the audit trail names it: day and number, {@code 2026-11-25/A-007}. */
    public String subject() {
        return day + "/" + displayNumber();
    }

    /** How long the desk took with the visitor, once served. */
    public Optional<Duration> serviceTime() {
        return status == TicketStatus.SERVED ? Optional.of(Duration.between(calledAt, closedAt)) : Optional.empty();
    }

    public Long id() {
        return id;
    }

    public CounterService service() {
        return service;
    }

    public LocalDate day() {
        return day;
    }

    public int number() {
        return number;
    }

    public Channel channel() {
        return channel;
    }

    public TicketStatus status() {
        return status;
    }

    public String desk() {
        return desk;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public Instant calledAt() {
        return calledAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
