package coop.khidma.reception.control;

import coop.khidma.platform.time.ReportPeriod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long visitors waited at the counter (from taking a ticket to being called), per week or month, for reading
 * beside satisfaction. Like ratings, a period shows its figure only with at least {@link #MINIMUM_TICKETS} called
 * tickets, and there is no grouping by desk or employee at all: the figure is the counter's, never a person's.
 */
public final class WaitingFigures {

    public static final int MINIMUM_TICKETS = 5;

    /** One called ticket: its day and how long it waited. */
    public record Wait(LocalDate day, Duration waited) {
    }

    /** One period: its first day, and unless too few tickets were called then, their count and average minutes. */
    public record Point(LocalDate period, boolean tooFew, Optional<Long> tickets, Optional<BigDecimal> averageMinutes) {
    }

    private WaitingFigures() {
    }

    public static List<Point> byPeriod(List<Wait> waits, ReportPeriod period, LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> perPeriod = new LinkedHashMap<>();
        period.starts(from, to).forEach(start -> perPeriod.put(start, new long[2]));
        waits.stream().filter(wait -> !wait.day().isBefore(from) && !wait.day().isAfter(to)).forEach(wait -> {
            long[] sums = perPeriod.get(period.start(wait.day()));
            sums[0]++;
            sums[1] += Math.max(0, wait.waited().toSeconds());
        });
        List<Point> points = new ArrayList<>();
        perPeriod.forEach((start, sums) -> points.add(sums[0] < MINIMUM_TICKETS
                ? new Point(start, true, Optional.empty(), Optional.empty())
                : new Point(start, false, Optional.of(sums[0]), Optional.of(BigDecimal.valueOf(sums[1])
                        .divide(BigDecimal.valueOf(sums[0] * 60), 1, RoundingMode.HALF_UP)))));
        return points;
    }
}
