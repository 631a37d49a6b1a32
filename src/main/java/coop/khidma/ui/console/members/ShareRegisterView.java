package coop.khidma.ui.console.members;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.membership.boundary.RegisterReport;
import coop.khidma.membership.boundary.ShareRegister;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.StaffAccounts;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.SignedIn;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The share register report (the relationship with General Assembly members): the members who held shares on a day,
 * their shares and the capital, with the totals; exported as CSV and printed on A4. An administrator enters the
 * nominal value of a share here ({@link NominalValueForm}).
 */
@Route(value = "console/shares", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class ShareRegisterView extends Div implements HasDynamicTitle {

    private final ShareRegister register;
    private final DatePicker day;
    private final Grid<RegisterReport.Line> grid = new Grid<>();
    private final Span totals = new Span();
    private final Anchor print = new Anchor("", "");
    private RegisterReport shown;

    @Inject
    public ShareRegisterView(ShareRegister register, StaffAccounts accounts, Clock clock) {
        this.register = register;
        addClassName("console-page");
        setId("share-register");
        day = Facts.datePicker(getTranslation("shares.report.asOf"),
                clock.instant().atZone(HijriDates.RIYADH).toLocalDate());
        day.setId("share-register-day");
        day.setRequiredIndicatorVisible(true);
        day.addValueChangeListener(change -> refresh());
        Columns<RegisterReport.Line> columns = RegisterReportColumns.columns();
        grid.setId("share-register-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        columns.addTo(grid);
        totals.setId("share-register-totals");
        totals.addClassName("console-count");
        print.setId("share-register-print");
        print.setTarget("_blank");
        print.add(VaadinIcon.PRINT.create());
        print.add(getTranslation("shares.report.print"));
        print.addClassName("console-export");
        Div bar = new Div(day, CsvExport.<RegisterReport.Line>named("share-register").columns(columns)
                .rows(() -> CsvExport.all(shown == null ? List.of() : shown.lines())).link(), print);
        bar.addClassName("console-filters");
        add(new H2(getTranslation("shares.report.title")), bar, totals, grid,
                new Paragraph(getTranslation("shares.report.how")));
        if (SignedIn.of(accounts).roles().contains(Roles.ADMIN)) {
            add(new NominalValueForm(register, this::refresh));
        }
        refresh();
    }

    private void refresh() {
        LocalDate asOf = day.getValue();
        if (asOf == null) {
            day.setErrorMessage(getTranslation("shares.report.badDate"));
            day.setInvalid(true);
            return;
        }
        day.setInvalid(false);
        shown = register.report(asOf);
        grid.setItems(shown.lines());
        totals.setText(shown.lines().isEmpty() ? getTranslation("shares.report.none")
                : getTranslation("shares.report.totals", Riyals.count(shown.members(), getLocale()),
                Riyals.count(shown.shares(), getLocale()), Riyals.of(shown.capital(), getLocale()),
                Riyals.of(shown.nominalValue(), getLocale())));
        print.setHref("console/print/shares?date=" + asOf);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shares.report.title") + " — " + getTranslation("console.title");
    }
}
