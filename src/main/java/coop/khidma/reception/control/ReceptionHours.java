package coop.khidma.reception.control;

import coop.khidma.platform.time.DayRange;
import coop.khidma.reception.entity.CounterService;
import coop.khidma.reception.entity.TicketStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Report 6 of the board's reports, the reception counter (policy clause 1: receive members courteously and give them
 * time), so the office can staff its desks: the tickets of a period per service and hour of the day they were taken,
 * how many did not come when called, the average minutes from taking to the call and from the call to the end of the
 * service; and a heat map of the tickets taken per weekday and hour. Like the waiting times beside satisfaction, an
 * average is shown only over at least {@link WaitingFigures#MINIMUM_TICKETS} tickets, and nothing is grouped by desk
 * or employee: the figures are the counter's.
 */
public record ReceptionHours(DayRange period, List<HourRow> rows, HourRow all, List<Cell> heat, int firstHour,
                             int lastHour, long busiest) {

    /** The week as the office counts it, Sunday first. */
    public static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    /** One ticket as the database gives it: service, status, when it was taken (Riyadh time), waited and served. */
    public record Visit(CounterService service, TicketStatus status, LocalDateTime taken, Duration waited,
                        Duration served) {
    }

    /**
     * A line of the table: a service at an hour (the hour {@code null}: the service all day; the service {@code null}:
     * the whole counter), its tickets and no-shows, and the average minutes waited and served (empty under the minimum).
     */
    public record HourRow(CounterService service, Integer hour, long tickets, long noShows, BigDecimal waitMinutes,
                          BigDecimal serviceMinutes) {
    }

    /** A square of the heat map: the tickets taken on a weekday in an hour. */
    public record Cell(DayOfWeek day, int hour, long tickets) {
    }

    public static ReceptionHours of(DayRange period, List<Visit> visits) {
        Objects.requireNonNull(period, "period");
        Map<CounterService, TreeMap<Integer, Tally>> byHour = new EnumMap<>(CounterService.class);
        Map<CounterService, Tally> byService = new EnumMap<>(CounterService.class);
        Tally all = new Tally();
        Map<DayOfWeek, long[]> heat = new EnumMap<>(DayOfWeek.class);
        WEEK.forEach(day -> heat.put(day, new long[24]));
        int first = 8, last = 15;
        boolean any = false;
        for (Visit visit : visits) {
            int hour = visit.taken().getHour();
            byHour.computeIfAbsent(visit.service(), service -> new TreeMap<>()).computeIfAbsent(hour, h -> new Tally())
                    .add(visit);
            byService.computeIfAbsent(visit.service(), service -> new Tally()).add(visit);
            all.add(visit);
            heat.get(visit.taken().getDayOfWeek())[hour]++;
            first = any ? Math.min(first, hour) : hour;
            last = any ? Math.max(last, hour) : hour;
            any = true;
        }
        if (!any) {
            first = 8;
            last = 15;
        }
        List<HourRow> rows = new ArrayList<>();
        byHour.forEach((service, hours) -> {
            hours.forEach((hour, tally) -> rows.add(tally.row(service, hour)));
            rows.add(byService.get(service).row(service, null));
        });
        List<Cell> cells = new ArrayList<>();
        long busiest = 0;
        for (DayOfWeek day : WEEK) {
            for (int hour = first; hour <= last; hour++) {
                long tickets = heat.get(day)[hour];
                cells.add(new Cell(day, hour, tickets));
                busiest = Math.max(busiest, tickets);
            }
        }
        return new ReceptionHours(period, List.copyOf(rows), all.row(null, null), List.copyOf(cells), first, last,
                busiest);
    }

    /** The average in minutes with one decimal, rounded half up; {@code null} under the minimum of tickets. */
    static BigDecimal averageMinutes(long seconds, long tickets) {
        return tickets < WaitingFigures.MINIMUM_TICKETS ? null
                : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(tickets * 60), 1, RoundingMode.HALF_UP);
    }

    private static final class Tally {
        private long tickets;
        private long noShows;
        private long called;
        private long waitedSeconds;
        private long served;
        private long servedSeconds;

        void add(Visit visit) {
            tickets++;
            if (visit.status() == TicketStatus.NO_SHOW) {
                noShows++;
            }
            if (visit.waited() != null) {
                called++;
                waitedSeconds += Math.max(0, visit.waited().toSeconds());
            }
            if (visit.served() != null) {
                served++;
                servedSeconds += Math.max(0, visit.served().toSeconds());
            }
        }

        HourRow row(CounterService service, Integer hour) {
            return new HourRow(service, hour, tickets, noShows, averageMinutes(waitedSeconds, called),
                    averageMinutes(servedSeconds, served));
        }
    }
}
