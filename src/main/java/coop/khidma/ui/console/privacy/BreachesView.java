package coop.khidma.ui.console.privacy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.privacy.boundary.BreachRow;
import coop.khidma.privacy.boundary.Breaches;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The breach-incident log (PDPL): record what happened, when it was discovered, which data and about how many people,
 * and the measures taken; each incident shows its 72-hour clock (deadline, time left, overdue) and the two
 * notifications, each recorded once. Administrators only.
 */
@Route(value = "console/privacy/breaches", layout = ConsoleLayout.class)
@RolesAllowed(Roles.ADMIN)
public class BreachesView extends Div implements HasDynamicTitle {

    private final Breaches breaches;
    private final Grid<BreachRow> grid = new Grid<>();
    private final TextArea summary = new TextArea();
    private final DateTimePicker discovered = new DateTimePicker();
    private final TextField categories = new TextField();
    private final TextField people = new TextField();
    private final TextArea measures = new TextArea();

    @Inject
    public BreachesView(Breaches breaches) {
        this.breaches = breaches;
        addClassName("console-page");
        addClassName("privacy-page");
        Columns<BreachRow> columns = columns();
        add(new H2(getTranslation("privacy.breach.title")), new Paragraph(getTranslation("privacy.breach.intro")),
                form(), new H3(getTranslation("privacy.breach.log")), export(columns), log(columns));
        refresh();
    }

    private Component form() {
        summary.setId("breach-summary");
        summary.setLabel(getTranslation("privacy.breach.summary"));
        discovered.setId("breach-discovered");
        discovered.setLabel(getTranslation("privacy.breach.discovered"));
        discovered.setHelperText(getTranslation("privacy.breach.discoveredHelp"));
        discovered.setValue(LocalDateTime.now(HijriDates.RIYADH).truncatedTo(ChronoUnit.MINUTES));
        categories.setId("breach-categories");
        categories.setLabel(getTranslation("privacy.breach.categories"));
        categories.setHelperText(getTranslation("privacy.breach.categoriesHelp"));
        people.setId("breach-people");
        people.setLabel(getTranslation("privacy.breach.people"));
        measures.setId("breach-measures");
        measures.setLabel(getTranslation("privacy.breach.measures"));
        Button record = new Button(getTranslation("privacy.breach.record"), VaadinIcon.PLUS.create(), click -> record());
        record.setId("breach-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(summary, discovered, categories, people, measures, record);
        form.addClassName("privacy-form");
        return form;
    }

    /**
     * The log's columns: the grid condenses what happened, which data and how many people into one cell and shows
     * the clock under the deadline; the CSV gives each its own column. The measures taken and who recorded an
     * incident stay out of both.
     */
    private Columns<BreachRow> columns() {
        return new Columns<BreachRow>()
                .column("privacy.breach.discovered", (row, locale) -> Dates.bothWithTime(row.discoveredAt(), locale))
                .layout(column -> column.setWidth("11rem")).flexGrow(0)
                .column("privacy.breach.summary", BreachRow::summary)
                .gridText(row -> row.summary() + " — " + row.categories() + " — " + getTranslation(
                        "privacy.breach.peopleValue", row.peopleAffected())).flexGrow(1)
                .column("privacy.breach.categories", BreachRow::categories).csvOnly()
                .column("privacy.breach.people", row -> String.valueOf(row.peopleAffected())).csvOnly()
                .column("privacy.breach.deadline", (row, locale) -> Dates.bothWithTime(row.deadline(), locale))
                .gridCell(this::clock).layout(column -> column.setWidth("15rem")).flexGrow(0)
                .column("privacy.breach.clock", this::clockText).csvOnly()
                .column("privacy.breach.authority", (row, locale) -> row.authorityNotifiedAt() == null ? ""
                        : Dates.bothWithTime(row.authorityNotifiedAt(), locale)).csvOnly()
                .column("privacy.breach.subjects", (row, locale) -> row.subjectsNotifiedAt() == null ? ""
                        : Dates.bothWithTime(row.subjectsNotifiedAt(), locale)).csvOnly();
    }

    private Component log(Columns<BreachRow> columns) {
        grid.setId("breaches");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        columns.addTo(grid);
        grid.addComponentColumn(row -> new Div(
                        notification(row, row.authorityNotifiedAt(), "authority",
                                () -> breaches.notifyAuthority(row.id(), row.version())),
                        notification(row, row.subjectsNotifiedAt(), "subjects",
                                () -> breaches.notifySubjects(row.id(), row.version()))))
                .setHeader(getTranslation("privacy.breach.notifications")).setWidth("15rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The log as the grid shows it, one column for each thing the grid puts together. */
    private Component export(Columns<BreachRow> columns) {
        Div bar = new Div(CsvExport.<BreachRow>named("breaches").columns(columns)
                .rows(() -> CsvExport.all(breaches.log())).link());
        bar.addClassName("console-filters");
        return bar;
    }

    private String clockText(BreachRow row, Locale locale) {
        if (row.authorityNotifiedAt() != null) {
            return getTranslation(locale, row.notifiedLate() ? "privacy.breach.notifiedLate"
                    : "privacy.breach.notifiedInTime");
        }
        if (row.overdue()) {
            return getTranslation(locale, "privacy.breach.overdue");
        }
        long minutes = row.timeLeft().toMinutes();
        return getTranslation(locale, "privacy.breach.timeLeft", minutes / 60, minutes % 60);
    }

    /** The deadline, and under it the clock: time left, overdue, or notified in time or late. */
    private Component clock(BreachRow row) {
        Div deadline = new Div(new Span(Dates.bothWithTime(row.deadline(), getLocale())));
        Span clock = new Span();
        deadline.add(new Div(clock));
        clock.setId("breach-clock-" + row.id());
        clock.getElement().getThemeList().add("badge");
        clock.setText(clockText(row, getLocale()));
        if (row.authorityNotifiedAt() != null) {
            clock.getElement().getThemeList().add(row.notifiedLate() ? "error" : "success");
        } else if (row.overdue()) {
            clock.getElement().getThemeList().add("error");
        }
        return deadline;
    }

    private Component notification(BreachRow row, Instant at, String who, Supplier<BreachRow> verb) {
        if (at != null) {
            Div done = new Div(new Span(getTranslation("privacy.breach." + who) + ": "),
                    new Span(Dates.bothWithTime(at, getLocale())));
            done.setId("breach-" + who + "-at-" + row.id());
            return done;
        }
        Button notify = new Button(getTranslation("privacy.breach.notify." + who), click -> {
            try {
                verb.get();
                refresh();
            } catch (RuntimeException failure) {
                ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
                refresh();
            }
        });
        notify.setId("breach-notify-" + who + "-" + row.id());
        notify.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return notify;
    }

    private void record() {
        for (HasValidation field : new HasValidation[]{summary, discovered, categories, people, measures}) {
            field.setInvalid(false);
        }
        try {
            Instant at = discovered.getValue() == null ? null
                    : discovered.getValue().atZone(HijriDates.RIYADH).toInstant();
            breaches.record(summary.getValue(), at, categories.getValue(), people.getValue(), measures.getValue());
            summary.clear();
            categories.clear();
            people.clear();
            measures.clear();
            Notification.show(getTranslation("privacy.breach.recorded"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (DomainException broken) {
            HasValidation field = switch (broken.key()) {
                case "rule.breach.summary" -> summary;
                case "rule.breach.categories" -> categories;
                case "rule.breach.people" -> people;
                case "rule.breach.measures" -> measures;
                default -> discovered;
            };
            field.setErrorMessage(ErrorMessages.messageFor(broken, getLocale()));
            field.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(breaches.log());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.breach.title") + " — " + getTranslation("console.title");
    }
}
