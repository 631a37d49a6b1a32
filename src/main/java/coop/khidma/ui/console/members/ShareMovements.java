package coop.khidma.ui.console.members;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.membership.boundary.MemberProfile;
import coop.khidma.membership.boundary.ShareLine;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.requests.RequestDetailView;
import coop.khidma.ui.shared.Columns;

/**
 * A member's share register on their page: the shares and capital now, and every movement oldest first — the day it
 * counts from (Hijri beside Gregorian), what moved, the shares moved and after, their value, the receipt or board
 * decision, the request and the other member of a transfer, and who recorded it.
 */
class ShareMovements extends Div {

    ShareMovements(MemberProfile member) {
        setId("member-shares");
        Span total = new Span(getTranslation("shares.member.capital", Riyals.count(member.shares(), getLocale()),
                Riyals.of(member.capital(), getLocale()), Riyals.of(member.nominalValue(), getLocale())));
        total.setId("member-shares-total");
        total.addClassName("console-count");
        add(total);
        if (member.movements().isEmpty()) {
            add(Facts.muted(getTranslation("shares.member.none")));
            return;
        }
        Grid<ShareLine> grid = new Grid<>();
        grid.setId("member-share-movements");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        new Columns<ShareLine>()
                .column("shares.column.day", (line, locale) -> HijriDates.both(line.effectiveOn(), locale)).autoWidth()
                .column("shares.column.kind", (line, locale) -> getTranslation(locale, "shareKind." + line.kind()))
                .autoWidth()
                .column("shares.column.shares", line -> (line.shares() > 0 ? "+" : "") + line.shares())
                .column("shares.column.balance", line -> String.valueOf(line.balance()))
                .column("shares.column.value", (line, locale) -> Riyals.of(line.value(), locale))
                .column("shares.column.evidence", line -> line.evidence() == null ? "" : line.evidence()).autoWidth()
                .column("shares.column.request", ShareLine::requestReference)
                .gridCell(line -> line.requestReference() == null ? new Span()
                        : new RouterLink(line.requestReference(), RequestDetailView.class, line.requestReference()))
                .autoWidth()
                .column("shares.column.counterpart", ShareLine::counterpart)
                .gridCell(line -> line.counterpart() == null ? new Span()
                        : new RouterLink(line.counterpart(), MemberView.class, line.counterpart()))
                .autoWidth()
                .column("shares.column.recorded", ShareLine::recordedBy)
                .addTo(grid);
        grid.setItems(member.movements());
        add(grid);
    }
}
