package coop.khidma.ui.console.admin;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.audit.boundary.AuditQuery;
import coop.khidma.audit.boundary.AuditTrail.AuditRow;
import coop.khidma.audit.boundary.AuditTrail;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.shared.LazyRows;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * Administration: the audit trail, newest first, filtered by who, what kind of record, the record's reference and
 * when; paged by the server. Nothing here can change an entry; {@link ChainCheck} verifies that none was changed
 * past the application.
 */
@Route(value = "console/admin/audit", layout = ConsoleLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AuditView extends Div implements HasDynamicTitle {

    private final AuditTrail trail;
    private final TextField actor = new TextField();
    private final ComboBox<String> what = new ComboBox<>();
    private final TextField subject = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRow> grid = new Grid<>();
    private final Span total = new Span();

    @Inject
    public AuditView(AuditTrail trail) {
        this.trail = trail;
        addClassName("console-page");
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("admin.audit.who"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        what.setId("audit-what");
        what.setLabel(getTranslation("admin.audit.what"));
        what.setItems(trail.subjectTypes());
        what.setClearButtonVisible(true);
        subject.setId("audit-subject");
        subject.setLabel(getTranslation("admin.audit.subject"));
        subject.setClearButtonVisible(true);
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("audit-from");
        from.setLabel(getTranslation("admin.audit.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("admin.audit.to"));
        actor.addValueChangeListener(change -> refresh());
        what.addValueChangeListener(change -> refresh());
        subject.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        grid.setId("audit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        Columns<AuditRow> columns = new Columns<AuditRow>()
                .column("admin.audit.id", row -> String.valueOf(row.id())).autoWidth()
                .column("admin.audit.when", (row, locale) -> Dates.bothWithTime(row.change().at(), locale)).autoWidth()
                .column("admin.audit.instant", row -> row.change().at().toString()).csvOnly()
                .column("admin.audit.who", row -> row.change().actor()).autoWidth()
                .column("admin.audit.what", row -> row.change().subjectType()).autoWidth()
                .column("admin.audit.subject", row -> row.change().subject()).autoWidth()
                .column("admin.audit.action", row -> row.change().action()).autoWidth()
                .column("admin.audit.change", AuditView::arrow).gridOnly().autoWidth()
                .column("admin.audit.before", row -> row.change().before()).csvOnly()
                .column("admin.audit.after", row -> row.change().after()).csvOnly()
                .column("admin.audit.detail", row -> row.change().detail());
        columns.addTo(grid);
        grid.setItems(LazyRows.fetch(query -> trail.search(filter(), query.getOffset(), query.getLimit()).stream()),
                LazyRows.count(query -> (int) Math.min(Integer.MAX_VALUE, trail.count(filter()))));
        grid.setSizeFull();
        total.addClassName("console-count");
        total.setId("audit-total");
        Div bar = new Div(actor, what, subject, from, to, CsvExport.<AuditRow>named("audit").columns(columns)
                .rows(() -> {
                    AuditQuery chosen = filter();
                    return (offset, limit) -> trail.search(chosen, offset, limit);
                }).link());
        bar.addClassName("console-filters");
        add(new H2(getTranslation("admin.audit.title")), new ChainCheck(trail), bar, total, grid);
        refresh();
    }

    private static String arrow(AuditRow row) {
        String before = row.change().before(), after = row.change().after();
        return (before == null ? "" : before) + (before == null && after == null ? "" : " → ")
                + (after == null ? "" : after);
    }

    private AuditQuery filter() {
        return new AuditQuery(actor.getValue(), what.getValue(), Digits.toAscii(subject.getValue()), from.getValue(),
                to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("admin.audit.total", trail.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title") + " — " + getTranslation("console.title");
    }
}
