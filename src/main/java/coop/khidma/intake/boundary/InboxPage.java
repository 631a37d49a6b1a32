package coop.khidma.intake.boundary;

import java.util.List;

/** One page of the inbox and how many requests its query selects in all, answered together. */
public record InboxPage(List<InboxRow> rows, long total) {

    public InboxPage {
        rows = List.copyOf(rows);
    }
}
