package coop.khidma.reception.control;

import java.time.Duration;
import java.util.List;

/**
 * How long a new ticket should expect to wait: the visitors ahead of it, times the average time the desks took
 * with the most recent visitors of the same service, shared among the desks serving that line. Before anyone has
 * been served that day, a typical {@link #TYPICAL_SERVICE_TIME} stands in for the average. Rounded up to whole
 * minutes: a visitor is better pleased by a shorter wait than the one promised.
 */
public final class WaitEstimate {

    /** What a counter visit typically takes when the day has no history yet. */
    public static final Duration TYPICAL_SERVICE_TIME = Duration.ofMinutes(5);
    /** How many of the latest visits the average is taken over. */
    public static final int RECENT_VISITS = 10;

    private WaitEstimate() {
    }

    /**
     * @param waitingAhead  visitors still waiting ahead of the new ticket (0 when it is next)
     * @param recentVisits  how long recent visits of this service took, newest first; only the first
     *                      {@link #RECENT_VISITS} count
     * @param servingDesks  desks that called this service recently; fewer than one counts as one
     * @return the expected wait in whole minutes, 0 when nobody is ahead
     */
    public static long minutes(int waitingAhead, List<Duration> recentVisits, int servingDesks) {
        if (waitingAhead <= 0) {
            return 0;
        }
        Duration average = average(recentVisits);
        long seconds = average.toSeconds() * waitingAhead / Math.max(1, servingDesks);
        return Math.max(1, (seconds + 59) / 60);
    }

    /** The average of the latest visits, or the typical time when there are none. */
    static Duration average(List<Duration> recentVisits) {
        List<Duration> latest = recentVisits.stream().filter(visit -> !visit.isNegative())
                .limit(RECENT_VISITS).toList();
        if (latest.isEmpty()) {
            return TYPICAL_SERVICE_TIME;
        }
        return latest.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(latest.size());
    }
}
