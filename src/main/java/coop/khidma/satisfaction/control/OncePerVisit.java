package coop.khidma.satisfaction.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One rating per counter visit: the visits (a ticket's day and number, such as {@code 2026-11-25/A-007}) already
 * rated today are remembered in memory and forgotten when the day changes. Nothing links the rating to the visit:
 * the rating itself keeps only the service, the channel and the day, so neither the ticket, the desk nor the
 * employee who served can be read from it. Not thread-safe on its own: its owner serialises calls.
 */
public final class OncePerVisit {

    private LocalDate day;
    private final Set<String> rated = new HashSet<>();

    /** Whether {@code visit} may be rated on {@code today}; if so, it is counted as rated. */
    public boolean first(String visit, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (!today.equals(day)) {
            rated.clear();
            day = today;
        }
        return visit != null && !visit.isBlank() && rated.add(visit);
    }

    /** How many visits are remembered now (for tests: yesterday's are gone). */
    public int remembered() {
        return rated.size();
    }
}
