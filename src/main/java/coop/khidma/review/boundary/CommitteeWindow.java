package coop.khidma.review.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A request's window with the research committee, as the request page shows it: handed over, the first day the
 * committee may decide (the floor) and the day the member was told (the ceiling) — both {@code null} while the clock
 * is stopped — and every stop of the clock with its reason.
 */
public record CommitteeWindow(Long agendaId, LocalDate handedOverOn, LocalDate earliestDecision,
                              LocalDate expectedDecision, boolean paused, boolean decided, List<Stop> stops) {

    /** The clock stopped while the request waited on the member, from a day to a day ({@code null}: still waiting). */
    public record Stop(LocalDate from, LocalDate toInclusive, String reason, String by) {
    }
}
