package coop.khidma.review.control;

import coop.khidma.platform.time.DayRange;
import coop.khidma.review.entity.Decision;
import coop.khidma.review.entity.RejectionCategory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Report 3 of the board's reports, the research committee (policy item 4: a decision within a period of not less than
 * two weeks, by the window's ceiling): of the requests handed to it in a period, how many were decided within the
 * window, after its ceiling, or early under a recorded exception, and how many are still open; how often its clock
 * stopped while a request waited on the member and for how many days in all (calendar days, both ends counted, an
 * open stop up to today); how many were accepted and rejected, the rejections by the category of their reasons. No
 * one is named. {@code lines} is the report's table: every figure in order, then the rejections by category.
 */
public record CommitteeWork(DayRange period, LocalDate today, long handedOver, long withinWindow, long afterCeiling,
                            long earlyByException, long open, long stops, long daysStopped, long accepted,
                            long rejected, Map<RejectionCategory, Long> rejections, List<Line> lines) {

    /**
     * The database's count of the items of one decision ({@code null}: none yet), lateness and rejection category,
     * and how many of them were decided before the floor under the exception.
     */
    public record Count(Decision decision, boolean afterCeiling, RejectionCategory category, long items, long early) {
    }

    /** One stop of the clock: from a day to a day, both counted ({@code null}: still stopped). */
    public record Stop(LocalDate from, LocalDate toInclusive) {
    }

    /** One line of the report's table: a figure ({@code category} set on the rejections by category) and its value. */
    public record Line(String figure, RejectionCategory category, long value) {
    }

    public static CommitteeWork of(DayRange period, LocalDate today, List<Count> counts, List<Stop> stops) {
        Objects.requireNonNull(period, "period");
        long handedOver = 0, within = 0, late = 0, early = 0, open = 0, accepted = 0, rejected = 0;
        Map<RejectionCategory, Long> rejections = new EnumMap<>(RejectionCategory.class);
        for (RejectionCategory category : RejectionCategory.values()) {
            rejections.put(category, 0L);
        }
        for (Count count : counts) {
            handedOver += count.items();
            if (count.decision() == null || count.decision() == Decision.DEFER) {
                open += count.items();
                continue;
            }
            if (count.afterCeiling()) {
                late += count.items();
            } else {
                early += count.early();
                within += count.items() - count.early();
            }
            if (count.decision() == Decision.ACCEPT) {
                accepted += count.items();
            } else {
                rejected += count.items();
                rejections.merge(count.category() == null ? RejectionCategory.OTHER : count.category(),
                        count.items(), Long::sum);
            }
        }
        long days = stops.stream().mapToLong(stop -> ChronoUnit.DAYS.between(stop.from(),
                stop.toInclusive() == null ? today : stop.toInclusive()) + 1).sum();
        List<Line> lines = new ArrayList<>(List.of(new Line("handedOver", null, handedOver),
                new Line("withinWindow", null, within), new Line("afterCeiling", null, late),
                new Line("earlyByException", null, early), new Line("open", null, open),
                new Line("stops", null, stops.size()), new Line("daysStopped", null, days),
                new Line("accepted", null, accepted), new Line("rejected", null, rejected)));
        rejections.forEach((category, value) -> lines.add(new Line("rejectedFor", category, value)));
        return new CommitteeWork(period, today, handedOver, within, late, early, open, stops.size(), days, accepted,
                rejected, Map.copyOf(rejections), List.copyOf(lines));
    }
}
