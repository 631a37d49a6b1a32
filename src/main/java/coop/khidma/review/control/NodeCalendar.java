package coop.khidma.review.control;


import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * This node's copy of the office calendar, labelled with the calendar's stamp (the one row of
 * {@code calendar_version}, which the database gives a new UUID in the same transaction as every write to the
 * holidays, on whichever node or by whichever path it is made; a stamp is never given twice). The rule: a copy is used
 * only for the very stamp the caller has just read in its own transaction; any other stamp reloads the holidays. The
 * caller reads the stamp <em>before</em> the holidays, so a copy never holds holidays older than its label: a
 * transaction that reads the stamp after another node's change committed always gets the changed calendar. A copy
 * read inside a transaction that changed the holidays and then rolled back carries a stamp nobody else will read.
 * Thread-safe: one copy per node, held by {@code review.boundary.OfficeDays}.
 */
public class NodeCalendar {

    /** The holidays as read for one stamp. */
    private record Copy(String stamp, ReviewCalendar calendar) {
    }

    private volatile Copy held;

    /** The calendar for {@code stamp}: this node's copy if it has that label, else {@code holidays} read afresh. */
    public ReviewCalendar calendar(String stamp, Supplier<Set<LocalDate>> holidays) {
        Objects.requireNonNull(stamp, "stamp");
        Copy copy = held;
        if (copy != null && copy.stamp().equals(stamp)) {
            return copy.calendar();
        }
        Copy read = new Copy(stamp, new ReviewCalendar(holidays.get()));
        held = read;
        return read.calendar();
    }
}
