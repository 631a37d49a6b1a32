package coop.khidma.reception.control;

import coop.khidma.reception.entity.CounterService;
import coop.khidma.reception.entity.Ticket;
import coop.khidma.reception.entity.TicketStatus;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the counter's day is going, per service: how many wait, are at a desk, were served or did not come, and the
 * day's average wait (taken → called) and service time (called → served). Figures of the line, never of a person:
 * a desk's or an employee's speed is not measured here.
 */
public final class DayFigures {

    /** One service's day; an average is empty until a ticket has reached that point. */
    public record Figures(CounterService service, int waiting, int atDesk, int served, int noShow,
                          Optional<Duration> averageWait, Optional<Duration> averageService) {
    }

    private DayFigures() {
    }

    /** The figures of every service, in the services' order, from the day's tickets (of any service). */
    public static List<Figures> of(List<Ticket> day) {
        return Arrays.stream(CounterService.values()).map(service -> of(service,
                day.stream().filter(ticket -> ticket.service() == service).toList())).toList();
    }

    static Figures of(CounterService service, List<Ticket> tickets) {
        return new Figures(service, count(tickets, TicketStatus.WAITING), count(tickets, TicketStatus.CALLED),
                count(tickets, TicketStatus.SERVED), count(tickets, TicketStatus.NO_SHOW),
                average(tickets.stream().filter(ticket -> ticket.calledAt() != null)
                        .map(ticket -> Duration.between(ticket.takenAt(), ticket.calledAt()))),
                average(tickets.stream().flatMap(ticket -> ticket.serviceTime().stream())));
    }

    private static int count(List<Ticket> tickets, TicketStatus status) {
        return (int) tickets.stream().filter(ticket -> ticket.status() == status).count();
    }

    private static Optional<Duration> average(Stream<Duration> durations) {
        List<Duration> all = durations.filter(Objects::nonNull).filter(duration -> !duration.isNegative()).toList();
        return all.isEmpty() ? Optional.empty()
                : Optional.of(all.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(all.size()));
    }
}
