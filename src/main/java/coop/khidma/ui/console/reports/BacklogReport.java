package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import coop.khidma.intake.control.AgeBucket;
import coop.khidma.intake.control.Ageing;
import coop.khidma.intake.control.AgeingRow;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Report 5, the backlog: a bar per age bucket for all open requests today, and each stage by age bucket in a table
 * (the last line all stages together) that also downloads as CSV. Ages are working days since filing.
 */
class BacklogReport extends Div {

    final Div chart = new Div();
    final Div summary = new Div();
    final Grid<AgeingRow> grid = new Grid<>();
    private Ageing shown;

    BacklogReport() {
        setId("report-backlog");
        summary.setId("report-backlog-total");
        summary.addClassName("console-count");
        Columns<AgeingRow> columns = columns(() -> shown);
        grid.setId("report-backlog-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        columns.addTo(grid);
        Anchor print = new Anchor("console/print/report?report=backlog", "");
        print.setId("report-backlog-print");
        print.setTarget("_blank");
        print.add(VaadinIcon.PRINT.create());
        print.add(getTranslation("reports.print"));
        print.addClassName("console-export");
        Div bar = new Div(CsvExport.<AgeingRow>named("report-backlog").columns(columns)
                .rows(() -> CsvExport.all(shown == null ? List.of() : lines(shown))).link(), print);
        bar.addClassName("console-filters");
        add(bar, summary, chart, grid);
    }

    void show(Ageing ageing) {
        shown = ageing;
        chart.removeAll();
        chart.add(chart(ageing, getLocale()));
        summary.setText(summary(ageing, getLocale()));
        grid.setItems(lines(ageing));
    }

    /** Every open stage, then all of them together. */
    static List<AgeingRow> lines(Ageing ageing) {
        List<AgeingRow> lines = new ArrayList<>(ageing.stages());
        lines.add(ageing.all());
        return lines;
    }

    /** The table's columns, alike on screen, in the CSV (with the day counted to) and on paper. */
    static Columns<AgeingRow> columns(Supplier<Ageing> shown) {
        Columns<AgeingRow> columns = new Columns<AgeingRow>()
                .column("reports.backlog.asOf", (row, locale) -> HijriDates.both(shown.get().today(), locale))
                .csvOnly()
                .column("reports.backlog.stage", (row, locale) -> row.stage() == null
                        ? Messages.get(locale, "reports.backlog.all") : Messages.get(locale, "status." + row.stage()))
                .autoWidth();
        for (AgeBucket bucket : AgeBucket.values()) {
            columns.column("reports.backlog.bucket." + bucket.name(),
                    row -> String.valueOf(row.buckets().get(bucket.ordinal()))).autoWidth().flexGrow(0);
        }
        return columns.column("reports.backlog.total", row -> String.valueOf(row.total())).autoWidth().flexGrow(0);
    }

    /** One bar per age bucket: all open requests that have waited that long. */
    static Component chart(Ageing ageing, Locale locale) {
        List<BarChart.Bar> bars = Arrays.stream(AgeBucket.values())
                .map(bucket -> new BarChart.Bar(Messages.get(locale, "reports.backlog.bucket." + bucket.name()),
                        ageing.all().buckets().get(bucket.ordinal())))
                .toList();
        return ReportText.chart("report-backlog-chart", Messages.get(locale, "reports.backlog.chart"),
                Messages.get(locale, "reports.backlog.chart.description", HijriDates.both(ageing.today(), locale)),
                bars, locale);
    }

    static String summary(Ageing ageing, Locale locale) {
        return Messages.get(locale, "reports.backlog.summary", ageing.all().total(),
                HijriDates.both(ageing.today(), locale));
    }
}
