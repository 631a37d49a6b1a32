package coop.khidma.intake.boundary;

import java.util.List;
import java.util.OptionalLong;

/** One page of the inbox and how many requests its query selects in all, answered together. */
public record InboxPage(List<InboxRow> rows, long total) {

    public InboxPage {
        rows = List.copyOf(rows);
    }

    /**
     * The total when the page itself tells it, so no count is asked: a page shorter than asked for is the end of
     * the list, and it holds everything after its offset — unless it is empty past the start, which says only that
     * the list ends somewhere before the offset.
     */
    static OptionalLong totalShownBy(int offset, int limit, int found) {
        boolean theEnd = found < limit && (offset == 0 || found > 0);
        return theEnd ? OptionalLong.of((long) offset + found) : OptionalLong.empty();
    }
}
