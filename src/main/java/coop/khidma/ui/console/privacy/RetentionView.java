package coop.khidma.ui.console.privacy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.platform.personaldata.DataCategory;
import coop.khidma.platform.security.Roles;
import coop.khidma.privacy.boundary.Retention;
import coop.khidma.privacy.boundary.RetentionRow;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The retention schedule (PDPL): how long each category of personal data is kept after its purpose is served, what the
 * daily purge does with it, and a change of a period (refused from an out-of-date screen). Administrators only.
 */
@Route(value = "console/privacy/retention", layout = ConsoleLayout.class)
@RolesAllowed(Roles.ADMIN)
public class RetentionView extends Div implements HasDynamicTitle {

    private final Retention retention;
    private final Grid<RetentionRow> grid = new Grid<>();
    private final ComboBox<DataCategory> category = new ComboBox<>();
    private final TextField days = new TextField();
    private List<RetentionRow> rows;

    @Inject
    public RetentionView(Retention retention) {
        this.retention = retention;
        addClassName("console-page");
        addClassName("privacy-page");
        grid.setId("retention");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Columns<RetentionRow> columns = new Columns<RetentionRow>()
                .column("privacy.retention.category",
                        (row, locale) -> getTranslation(locale, "privacy.category." + row.category()))
                .autoWidth().flexGrow(0)
                .column("privacy.retention.what",
                        (row, locale) -> getTranslation(locale, "privacy.category." + row.category() + ".what"))
                .flexGrow(1)
                .column("privacy.retention.days", row -> String.valueOf(row.days()))
                .gridText(row -> getTranslation("privacy.retention.daysValue", row.days())).autoWidth().flexGrow(0)
                .column("privacy.retention.default", row -> String.valueOf(row.defaultDays()))
                .gridText(row -> getTranslation("privacy.retention.daysValue", row.defaultDays())).autoWidth().flexGrow(0)
                .column("privacy.retention.changed", (row, locale) -> row.changedBy() == null
                        ? getTranslation(locale, "privacy.retention.asSeeded")
                        : row.changedBy() + " — " + Dates.both(row.changedAt(), locale)).autoWidth();
        columns.addTo(grid);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(selected -> selected.getFirstSelectedItem().ifPresent(this::edit));

        category.setId("retention-category");
        category.setLabel(getTranslation("privacy.retention.category"));
        category.setItems(DataCategory.values());
        category.setItemLabelGenerator(item -> getTranslation("privacy.category." + item));
        category.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                days.setValue(String.valueOf(row(change.getValue()).days()));
            }
        });
        days.setId("retention-days");
        days.setLabel(getTranslation("privacy.retention.days"));
        days.setHelperText(getTranslation("privacy.retention.daysHelp"));
        Button save = new Button(getTranslation("privacy.retention.save"), VaadinIcon.CHECK.create(), click -> save());
        save.setId("retention-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(category, days, save);
        form.addClassName("console-filters");

        Button purge = new Button(getTranslation("privacy.retention.purgeNow"), VaadinIcon.ERASER.create(),
                click -> purge());
        purge.setId("retention-purge");
        purge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        Div export = new Div(CsvExport.<RetentionRow>named("retention").columns(columns)
                .rows(() -> CsvExport.all(retention.schedule())).link());
        export.addClassName("console-filters");

        add(new H2(getTranslation("privacy.retention.title")), new Paragraph(getTranslation("privacy.retention.intro")),
                export, grid, form, new Paragraph(getTranslation("privacy.retention.purgeExplained")), purge);
        refresh();
    }

    private void edit(RetentionRow row) {
        category.setValue(row.category());
        days.setValue(String.valueOf(row.days()));
    }

    private RetentionRow row(DataCategory wanted) {
        return rows.stream().filter(row -> row.category() == wanted).findFirst().orElseThrow();
    }

    private void save() {
        if (category.getValue() == null) {
            category.setInvalid(true);
            category.setErrorMessage(getTranslation("privacy.retention.chooseCategory"));
            return;
        }
        category.setInvalid(false);
        try {
            RetentionRow saved = retention.change(category.getValue(), days.getValue(),
                    row(category.getValue()).version());
            days.setInvalid(false);
            Notification.show(getTranslation("privacy.retention.saved", getTranslation(
                    "privacy.category." + saved.category()), saved.days()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (RuntimeException failure) {
            days.setErrorMessage(ErrorMessages.messageFor(failure, getLocale()));
            days.setInvalid(true);
        }
    }

    private void purge() {
        try {
            Map<DataCategory, Integer> counts = retention.purgeNow();
            String summary = counts.entrySet().stream().map(entry -> getTranslation("privacy.category."
                    + entry.getKey()) + ": " + entry.getValue()).collect(Collectors.joining(" · "));
            Notification.show(getTranslation("privacy.retention.purged", summary), 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
        }
    }

    private void refresh() {
        rows = retention.schedule();
        grid.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.retention.title") + " — " + getTranslation("console.title");
    }
}
