package coop.khidma.ui.console.members;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.membership.boundary.MemberRow;
import coop.khidma.membership.boundary.Members;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.shared.LazyRows;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * The register of the General Assembly's members: searched by membership number, national ID, mobile or name,
 * paged by the server, newest membership first.
 */
@Route(value = "console/members", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class MembersView extends Div implements HasDynamicTitle {

    private final Members members;
    private final TextField search = new TextField();
    private final Grid<MemberRow> grid = new Grid<>();
    private final Span total = new Span();

    @Inject
    public MembersView(Members members) {
        this.members = members;
        addClassName("console-page");
        search.setId("members-search");
        search.setLabel(getTranslation("console.inbox.search"));
        search.setPlaceholder(getTranslation("console.members.search.hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("22rem");
        search.addValueChangeListener(change -> refresh());
        grid.setId("members");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        Columns<MemberRow> columns = new Columns<MemberRow>()
                .column("console.request.membershipNumber", MemberRow::membershipNumber)
                .gridCell(row -> row.membershipNumber() == null ? new Span()
                        : new RouterLink(row.membershipNumber(), MemberView.class, row.membershipNumber()))
                .autoWidth().flexGrow(0)
                .column("console.request.nameArabic", MemberRow::nameArabic).autoWidth()
                .column("console.request.nameLatin", MemberRow::nameLatin).autoWidth()
                .column("console.request.nationalId", MemberRow::nationalId)
                .column("console.request.mobile", MemberRow::mobile)
                .column("console.request.city", MemberRow::city)
                .column("console.members.shares", row -> String.valueOf(row.shares()))
                .column("console.inbox.status", (row, locale) -> getTranslation(locale, "memberStatus." + row.status()))
                .column("console.members.since", (row, locale) -> row.activatedAt() == null ? ""
                        : Dates.both(row.activatedAt(), locale)).autoWidth();
        columns.addTo(grid);
        grid.setItems(LazyRows.fetch(query -> members.search(search.getValue(), query.getOffset(), query.getLimit())
                .stream()), LazyRows.count(query -> (int) Math.min(Integer.MAX_VALUE, members.count(search.getValue()))));
        grid.setSizeFull();
        total.setId("members-total");
        total.addClassName("console-count");
        Div bar = new Div(search, CsvExport.<MemberRow>named("members").columns(columns)
                .rows(() -> {
                    String chosen = search.getValue();
                    return (offset, limit) -> members.search(chosen, offset, limit);
                }).link());
        bar.addClassName("console-filters");
        add(new H2(getTranslation("console.members.title")), bar, total, grid);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("console.members.total", members.count(search.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.members.title") + " — " + getTranslation("console.title");
    }
}
