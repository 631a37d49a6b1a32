package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import coop.khidma.intake.boundary.ChannelCount;
import coop.khidma.intake.boundary.ChannelFigures;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;

import java.time.LocalDate;
import java.util.List;

/**
 * How much each channel of the policy is used, for the supervisor's and the director's home: the requests filed in a
 * chosen period (this or last Gregorian month, this or last Hijri month, or days chosen by hand) by channel, type and
 * the status they stand in now, the period named in both calendars, and the same table as CSV.
 */
public class ChannelCountsPanel extends Div {

    /** The periods offered, counted back from today in Riyadh. */
    enum Choice {
        THIS_GREGORIAN_MONTH, LAST_GREGORIAN_MONTH, THIS_HIJRI_MONTH, LAST_HIJRI_MONTH, CUSTOM;

        DayRange range(LocalDate today, LocalDate from, LocalDate to) {
            return switch (this) {
                case THIS_GREGORIAN_MONTH -> DayRange.gregorianMonth(today, 0);
                case LAST_GREGORIAN_MONTH -> DayRange.gregorianMonth(today, 1);
                case THIS_HIJRI_MONTH -> DayRange.hijriMonth(today, 0);
                case LAST_HIJRI_MONTH -> DayRange.hijriMonth(today, 1);
                case CUSTOM -> new DayRange(from, to);
            };
        }
    }

    private final ChannelFigures figures;
    final Select<Choice> choice = new Select<>();
    final DatePicker from;
    final DatePicker to;
    final Div period = new Div();
    final Div total = new Div();
    final Grid<ChannelCount> grid = new Grid<>();
    private DayRange shown;

    public ChannelCountsPanel(ChannelFigures figures) {
        this.figures = figures;
        setId("channel-counts");
        addClassName("channel-counts");
        LocalDate today = LocalDate.now(HijriDates.RIYADH);
        choice.setId("channel-counts-period");
        choice.setLabel(getTranslation("console.channels.period"));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(value -> getTranslation("console.channels.choice." + value.name()));
        choice.setValue(Choice.THIS_GREGORIAN_MONTH);
        from = Facts.datePicker(getTranslation("console.channels.from"), today.withDayOfMonth(1));
        from.setId("channel-counts-from");
        to = Facts.datePicker(getTranslation("console.channels.to"), today);
        to.setId("channel-counts-to");
        choice.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        period.setId("channel-counts-label");
        period.addClassName("console-muted");
        total.setId("channel-counts-total");
        total.addClassName("console-count");
        Columns<ChannelCount> columns = new Columns<ChannelCount>()
                .column("console.channels.range", (row, locale) -> shown.label(locale)).csvOnly()
                .column("console.inbox.channel", (row, locale) -> getTranslation(locale, "channel." + row.channel()))
                .autoWidth()
                .column("console.inbox.type", (row, locale) -> getTranslation(locale, "requestType." + row.typeCode()))
                .autoWidth()
                .column("console.inbox.status", (row, locale) -> getTranslation(locale, "status." + row.status()))
                .autoWidth()
                .column("console.channels.count", row -> String.valueOf(row.requests())).autoWidth().flexGrow(0);
        grid.setId("channel-counts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        columns.addTo(grid);
        grid.setAllRowsVisible(true);
        Div bar = new Div(choice, from, to, CsvExport.<ChannelCount>named("channels").columns(columns).rows(() -> {
            DayRange chosen = shown;
            return CsvExport.all(chosen == null ? List.of() : figures.counts(chosen));
        }).link());
        bar.addClassName("console-filters");
        add(bar, period, total, grid);
        refresh();
    }

    private void refresh() {
        boolean custom = choice.getValue() == Choice.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        to.setInvalid(false);
        try {
            shown = choice.getValue().range(LocalDate.now(HijriDates.RIYADH), from.getValue(), to.getValue());
        } catch (DomainException broken) {
            Facts.showAt(to, Messages.of(broken, getLocale()));
            return;
        }
        List<ChannelCount> counts = figures.counts(shown);
        grid.setItems(counts);
        period.setText(shown.label(getLocale()));
        total.setText(getTranslation("console.channels.total", counts.stream().mapToLong(ChannelCount::requests).sum()));
    }
}
