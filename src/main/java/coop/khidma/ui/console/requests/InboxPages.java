package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import coop.khidma.intake.boundary.InboxPage;
import coop.khidma.intake.boundary.InboxQuery;
import coop.khidma.intake.boundary.InboxRow;
import coop.khidma.intake.boundary.Requests;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The inbox grid's count and first page from one boundary call a round trip. Vaadin asks a lazy grid for its count,
 * then for the pages it shows; the count is asked with {@link Requests#inboxPage}, whose first page is kept until
 * the response is written, so the grid's fetch of it (or of any part of it) does not ask the server again.
 */
final class InboxPages implements Serializable {

    /** What the grid shows: the filters and the order (none = the newest first). */
    record Asked(InboxQuery query, InboxQuery.Sort sort, boolean ascending) {

        static Asked of(InboxQuery query, Optional<QuerySortOrder> order) {
            return new Asked(query, order.map(o -> InboxQuery.Sort.valueOf(o.getSorted())).orElse(InboxQuery.Sort.SUBMITTED),
                    order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(false));
        }
    }

    private final Requests requests;
    private final Component owner;
    private Asked kept;
    private InboxPage page;

    /** {@code owner}: the grid, whose round trip ends the page's keeping. */
    InboxPages(Requests requests, Component owner) {
        this.requests = requests;
        this.owner = owner;
    }

    /** How many requests the grid's query selects; the first {@code pageSize} of them are kept for the fetch. */
    long count(Asked asked, int pageSize) {
        InboxPage first = requests.inboxPage(asked.query(), 0, pageSize, asked.sort(), asked.ascending());
        owner.getUI().ifPresent(ui -> {
            kept = asked;
            page = first;
            ui.beforeClientResponse(owner, written -> forget());
        });
        return first.total();
    }

    /** The rows from {@code offset}: from the kept page when it holds them, else asked of the server. */
    Stream<InboxRow> fetch(Asked asked, int offset, int limit) {
        if (asked.equals(kept) && holds(offset, limit)) {
            List<InboxRow> rows = page.rows();
            return rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size())).stream();
        }
        return requests.inbox(asked.query(), offset, limit, asked.sort(), asked.ascending()).stream();
    }

    private boolean holds(int offset, int limit) {
        return (long) offset + limit <= page.rows().size() || page.rows().size() == page.total();
    }

    private void forget() {
        kept = null;
        page = null;
    }
}
