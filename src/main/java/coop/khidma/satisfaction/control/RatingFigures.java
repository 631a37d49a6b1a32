package coop.khidma.satisfaction.control;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.ReportPeriod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns counted scores into the figures staff may read. A group (a service through a channel, over a period) shows
 * its average and its spread only when it holds at least {@link #MINIMUM_GROUP} ratings: below that a figure could
 * point at one visit and so at one employee, which the policy forbids ("not for punishment or public shaming").
 * There is no per-employee grouping at all: ratings carry no employee.
 */
public final class RatingFigures {

    public static final int MINIMUM_GROUP = 5;

    /** How many ratings of one score a group got. */
    public record Count(String service, String channel, int score, long ratings) {
    }

    /**
     * One group's figures: the average (two decimals) and the count of each score 1–5, or nothing when the group is
     * too small; {@code tooFew} says which. The count itself is shown only when figures are.
     */
    public record Group(String service, String channel, boolean tooFew, Optional<Long> ratings,
                        Optional<BigDecimal> average, List<Long> perScore) {
    }

    /** How many ratings of one score a day got (the filter already applied). */
    public record DayCount(LocalDate day, int score, long ratings) {
    }

    /** One period of a trend: its first day and, unless the period is too small, the count and the average. */
    public record Point(LocalDate period, boolean tooFew, Optional<Long> ratings, Optional<BigDecimal> average) {
    }

    private RatingFigures() {
    }

    /**
     * A trend: one point per period from … to (inclusive), including empty ones, each withheld below
     * {@link #MINIMUM_GROUP} ratings exactly like a group.
     */
    public static List<Point> trend(List<DayCount> counts, ReportPeriod period,
                                    LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> perPeriod = new LinkedHashMap<>();
        period.starts(from, to).forEach(start -> perPeriod.put(start, new long[6]));
        counts.stream().filter(count -> !count.day().isBefore(from) && !count.day().isAfter(to))
                .forEach(count -> perPeriod.get(period.start(count.day()))[count.score()] += count.ratings());
        List<Point> points = new ArrayList<>();
        perPeriod.forEach((start, scores) -> {
            Group figures = group("", "", scores);
            points.add(new Point(start, figures.tooFew(), figures.ratings(), figures.average()));
        });
        return points;
    }

    /** Breaks {@code rule.rating.tooFew} when a group this size may not be read one rating at a time. */
    public static void requireGroup(long ratings) {
        if (ratings < MINIMUM_GROUP) {
            throw new DomainException("rule.rating.tooFew", MINIMUM_GROUP);
        }
    }

    /** Groups the counts by service and channel, in a stable order, small groups withheld. */
    public static List<Group> of(List<Count> counts) {
        Map<String, long[]> perGroup = new LinkedHashMap<>();
        counts.stream()
                .sorted(Comparator.comparing(Count::service).thenComparing(Count::channel))
                .forEach(count -> perGroup.computeIfAbsent(count.service() + "\u0000" + count.channel(),
                        key -> new long[6])[count.score()] += count.ratings());
        List<Group> groups = new ArrayList<>();
        perGroup.forEach((key, scores) -> groups.add(group(key.substring(0, key.indexOf('\u0000')),
                key.substring(key.indexOf('\u0000') + 1), scores)));
        return groups;
    }

    /**
     * The board's view (report 7): one group per service over every channel, in the services' order, then all services
     * together (service and channel empty); each withheld below {@link #MINIMUM_GROUP} ratings like any group.
     */
    public static List<Group> byService(List<Count> counts, List<String> services) {
        Map<String, long[]> perService = new LinkedHashMap<>();
        services.forEach(service -> perService.put(service, new long[6]));
        long[] all = new long[6];
        for (Count count : counts) {
            perService.computeIfAbsent(count.service(), service -> new long[6])[count.score()] += count.ratings();
            all[count.score()] += count.ratings();
        }
        List<Group> groups = new ArrayList<>();
        perService.forEach((service, scores) -> groups.add(group(service, "", scores)));
        groups.add(group("", "", all));
        return groups;
    }

    private static Group group(String service, String channel, long[] scores) {
        long total = 0;
        long sum = 0;
        for (int score = 1; score <= 5; score++) {
            total += scores[score];
            sum += score * scores[score];
        }
        if (total < MINIMUM_GROUP) {
            return new Group(service, channel, true, Optional.empty(), Optional.empty(), List.of());
        }
        return new Group(service, channel, false, Optional.of(total),
                Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP)),
                List.of(scores[1], scores[2], scores[3], scores[4], scores[5]));
    }
}
