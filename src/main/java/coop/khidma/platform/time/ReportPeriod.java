package coop.khidma.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How reports bucket days: Saudi weeks (Sunday to Saturday) or calendar months. A bucket is named by its first day.
 */
public enum ReportPeriod {
    WEEK,
    MONTH;

    /** The first day of the bucket holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of every bucket touching from … to (inclusive), in order; empty when to is before from. */
    public List<LocalDate> starts(LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = start(from); !start.isAfter(to); start = next(start)) {
            starts.add(start);
        }
        return starts;
    }

    private LocalDate next(LocalDate start) {
        return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }
}
