package coop.khidma.review.control;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.WorkingDays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Saudi working days (Sunday to Thursday, less holidays) and the research committee's window. Serves the policy's
 * "the request is raised to the research committee, which replies with acceptance or rejection within a period of
 * not less than two weeks" and "tell the member the expected date": the floor is the earliest day the committee may
 * decide, the ceiling the day by which it must have replied. Days the request waits on the member are paused and do
 * not count. Counting always starts on the day after the starting date.
 *
 * <p>Two weeks are two weeks of the calendar, whatever the weekday of the hand-over: the floor is never earlier than
 * {@value #MINIMUM_CALENDAR_DAYS} calendar days after the hand-over (ten working days from a Friday end on the
 * Thursday 13 days later, from a Saturday 12 days later), and the ceiling is never earlier than the floor.
 */
public final class ReviewCalendar implements WorkingDays {

    /** The policy's «مدة لا تقل عن أسبوعين»: no decision earlier than this many calendar days after the hand-over. */
    public static final int MINIMUM_CALENDAR_DAYS = 14;

    private final Set<LocalDate> holidays;

    /** A calendar closed on Fridays, Saturdays and the given holidays (official and admin-entered). */
    public ReviewCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.FRIDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY
                && !holidays.contains(day);
    }

    /** The n-th working day after {@code start} ({@code start} itself when n is 0); breaks {@code rule.review.negativeDays}. */
    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new DomainException("rule.review.negativeDays");
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            counted += isWorkingDay(day) ? 1 : 0;
        }
        return day;
    }

    /** How many working days lie after {@code fromExclusive} up to and including {@code toInclusive}; 0 if none. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        return (int) fromExclusive.plusDays(1).datesUntil(toInclusive.plusDays(1)).filter(this::isWorkingDay).count();
    }

    /**
     * The committee's window for a request handed over on {@code handedOver}, not counting working days covered by a
     * pause. The floor is the first counted working day that is both the {@code floorWorkingDays}-th counted one or
     * later and at least {@value #MINIMUM_CALENDAR_DAYS} calendar days after the hand-over; the ceiling is the
     * {@code ceilingWorkingDays}-th counted working day, or the floor if that comes later. While a pause is still
     * open the clock is stopped, so a bound not reached before it began is {@code null} (not yet known). Breaks
     * {@code rule.review.negativeDays}, {@code rule.review.floorAfterCeiling} or {@code rule.review.pauseOrder}.
     */
    public ReviewWindow window(LocalDate handedOver, int floorWorkingDays, int ceilingWorkingDays, List<Pause> pauses) {
        if (floorWorkingDays < 0 || ceilingWorkingDays < 0) {
            throw new DomainException("rule.review.negativeDays");
        }
        if (floorWorkingDays > ceilingWorkingDays) {
            throw new DomainException("rule.review.floorAfterCeiling", floorWorkingDays, ceilingWorkingDays);
        }
        LocalDate stopped = pauses.stream().filter(Pause::open).map(Pause::from)
                .min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
        LocalDate twoWeeks = handedOver.plusDays(MINIMUM_CALENDAR_DAYS);
        LocalDate earliest = null;
        LocalDate ceiling = ceilingWorkingDays == 0 ? handedOver : null;
        int counted = 0;
        for (LocalDate day = handedOver.plusDays(1); (earliest == null || ceiling == null) && day.isBefore(stopped);
             day = day.plusDays(1)) {
            if (counts(day, pauses)) {
                counted++;
                earliest = earliest == null && counted >= floorWorkingDays && !day.isBefore(twoWeeks) ? day : earliest;
                ceiling = counted == ceilingWorkingDays ? day : ceiling;
            }
        }
        LocalDate due = earliest == null || ceiling == null ? null : ceiling.isBefore(earliest) ? earliest : ceiling;
        return new ReviewWindow(handedOver, earliest, due);
    }

    /** Past the ceiling: the committee has not replied by the due day. Never while the clock is stopped. */
    public boolean isOverdue(ReviewWindow window, LocalDate today) {
        return window.due() != null && today.isAfter(window.due());
    }

    /** The floor is reached: the member has had the minimum period, so the committee may decide today. */
    public boolean decisionAllowed(ReviewWindow window, LocalDate today) {
        return window.earliestDecision() != null && !today.isBefore(window.earliestDecision());
    }

    private boolean counts(LocalDate day, List<Pause> pauses) {
        return isWorkingDay(day) && pauses.stream().noneMatch(pause -> pause.covers(day));
    }

    /**
     * When the committee may and must reply. {@code earliestDecision} (the floor) and {@code due} (the ceiling) are
     * {@code null} while an open pause has stopped the clock before they were reached.
     */
    public record ReviewWindow(LocalDate handedOver, LocalDate earliestDecision, LocalDate due) {
    }

    /** Days the request waits on the member, both ends included; {@code toInclusive} is {@code null} while it still waits. */
    public record Pause(LocalDate from, LocalDate toInclusive) {

        public Pause {
            if (from == null || toInclusive != null && toInclusive.isBefore(from)) {
                throw new DomainException("rule.review.pauseOrder");
            }
        }

        public boolean open() {
            return toInclusive == null;
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (open() || !day.isAfter(toInclusive));
        }
    }
}
