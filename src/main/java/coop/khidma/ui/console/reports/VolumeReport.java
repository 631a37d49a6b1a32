package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import coop.khidma.intake.control.Volume;
import coop.khidma.intake.control.VolumeRow;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Report 1, the volume: a bar per channel for the requests of the period, the totals against the period before, and
 * each channel, type and outcome in a table (with the period before and the change) that also downloads as CSV.
 */
class VolumeReport extends Div {

    final Div chart = new Div();
    final Div summary = new Div();
    final Grid<VolumeRow> grid = new Grid<>();
    private final Anchor print = new Anchor("", "");
    private Volume shown;

    VolumeReport() {
        setId("report-volume");
        summary.setId("report-volume-total");
        summary.addClassName("console-count");
        Columns<VolumeRow> columns = columns(() -> shown);
        grid.setId("report-volume-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        columns.addTo(grid);
        print.setId("report-volume-print");
        print.setTarget("_blank");
        print.add(VaadinIcon.PRINT.create());
        print.add(getTranslation("reports.print"));
        print.addClassName("console-export");
        Div bar = new Div(CsvExport.<VolumeRow>named("report-volume").columns(columns)
                .rows(() -> CsvExport.all(shown == null ? List.of() : shown.rows())).link(), print);
        bar.addClassName("console-filters");
        add(bar, summary, chart, grid);
    }

    void show(Volume volume) {
        shown = volume;
        chart.removeAll();
        chart.add(chart(volume, getLocale()));
        summary.setText(summary(volume, getLocale()));
        grid.setItems(volume.rows());
        print.setHref("console/print/report?report=volume&from=" + volume.period().from() + "&to="
                + volume.period().to());
    }

    /** The table's columns, alike on screen, in the CSV (with both periods named) and on paper. */
    static Columns<VolumeRow> columns(Supplier<Volume> shown) {
        return new Columns<VolumeRow>()
                .column("reports.volume.period", (row, locale) -> shown.get().period().label(locale)).csvOnly()
                .column("reports.volume.previousPeriod", (row, locale) -> shown.get().previous().label(locale))
                .csvOnly()
                .column("console.inbox.channel", (row, locale) -> Messages.get(locale, "channel." + row.channel()))
                .autoWidth()
                .column("console.inbox.type", (row, locale) -> Messages.get(locale, "requestType." + row.typeCode()))
                .autoWidth()
                .column("reports.outcome", (row, locale) -> Messages.get(locale, "reports.outcome." + row.outcome()))
                .autoWidth()
                .column("reports.volume.now", row -> String.valueOf(row.change().now())).autoWidth().flexGrow(0)
                .column("reports.volume.before", row -> String.valueOf(row.change().before())).autoWidth()
                .flexGrow(0)
                .column("reports.change", row -> ReportText.difference(row.change())).autoWidth().flexGrow(0)
                .column("reports.changePercent", (row, locale) -> ReportText.percent(row.change(), locale))
                .autoWidth().flexGrow(0);
    }

    /** One bar per channel (the policy's seven, then the kiosk): the requests that came by it in the period. */
    static Component chart(Volume volume, Locale locale) {
        List<BarChart.Bar> bars = volume.channels().stream()
                .map(channel -> new BarChart.Bar(Messages.get(locale, "channel." + channel.channel()),
                        channel.change().now()))
                .toList();
        return ReportText.chart("report-volume-chart", Messages.get(locale, "reports.volume.chart"),
                Messages.get(locale, "reports.volume.chart.description", volume.period().label(locale)), bars,
                locale);
    }

    /** The whole against the period before, both named in Hijri and Gregorian. */
    static String summary(Volume volume, Locale locale) {
        return Messages.get(locale, "reports.volume.total", volume.total().now(), volume.total().before(),
                ReportText.difference(volume.total()), ReportText.percent(volume.total(), locale),
                volume.previous().label(locale));
    }
}
