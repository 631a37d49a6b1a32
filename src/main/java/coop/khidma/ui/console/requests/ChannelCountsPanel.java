package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import coop.khidma.intake.boundary.ChannelCount;
import coop.khidma.intake.boundary.ChannelFigures;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.PeriodPicker;
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

    private final ChannelFigures figures;
    final PeriodPicker picker;
    final Div period = new Div();
    final Div total = new Div();
    final Grid<ChannelCount> grid = new Grid<>();
    private DayRange shown;

    public ChannelCountsPanel(ChannelFigures figures) {
        this.figures = figures;
        setId("channel-counts");
        addClassName("channel-counts");
        picker = new PeriodPicker("channel-counts", "console.channels.period", "console.channels.choice.",
                PeriodPicker.MONTHS, LocalDate.now(HijriDates.RIYADH), this::show);
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
        picker.add(CsvExport.<ChannelCount>named("channels").columns(columns).rows(() -> {
            DayRange chosen = shown;
            return CsvExport.all(chosen == null ? List.of() : figures.counts(chosen));
        }).link());
        add(picker, period, total, grid);
        picker.apply();
    }

    private void show(DayRange range) {
        shown = range;
        List<ChannelCount> counts = figures.counts(shown);
        grid.setItems(counts);
        period.setText(shown.label(getLocale()));
        total.setText(getTranslation("console.channels.total", counts.stream().mapToLong(ChannelCount::requests).sum()));
    }
}
