package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.review.control.CommitteeWork;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Report 3, the research committee: a bar for the decisions within the window, after its ceiling, early by exception
 * and the requests still open, of those handed over in the period; and every figure in a table (clock stops and their
 * days, acceptances, rejections by the category of their reasons) that also downloads as CSV.
 */
class CommitteeReport extends Div {

    final Div chart = new Div();
    final Div summary = new Div();
    final Grid<CommitteeWork.Line> grid = new Grid<>();
    private final Anchor print;
    private CommitteeWork shown;

    CommitteeReport() {
        setId("report-committee");
        summary.setId("report-committee-total");
        summary.addClassName("console-count");
        Columns<CommitteeWork.Line> columns = columns(() -> shown);
        grid.setId("report-committee-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        columns.addTo(grid);
        print = ReportText.printLink("report-committee-print", getLocale());
        Div bar = new Div(CsvExport.<CommitteeWork.Line>named("report-committee").columns(columns)
                .rows(() -> CsvExport.all(shown == null ? List.of() : shown.lines())).link(), print);
        bar.addClassName("console-filters");
        add(bar, summary, chart, grid);
    }

    void show(CommitteeWork work) {
        shown = work;
        chart.removeAll();
        chart.add(chart(work, getLocale()));
        summary.setText(summary(work, getLocale()));
        grid.setItems(work.lines());
        print.setHref("console/print/report?report=committee&from=" + work.period().from() + "&to="
                + work.period().to());
    }

    /** The table's columns, alike on screen, in the CSV (with the period named) and on paper. */
    static Columns<CommitteeWork.Line> columns(Supplier<CommitteeWork> shown) {
        return new Columns<CommitteeWork.Line>()
                .column("reports.volume.period", (row, locale) -> shown.get().period().label(locale)).csvOnly()
                .column("reports.committee.figure", CommitteeReport::figure).autoWidth()
                .column("reports.committee.value", row -> String.valueOf(row.value())).autoWidth().flexGrow(0);
    }

    static String figure(CommitteeWork.Line line, Locale locale) {
        return line.category() == null ? Messages.get(locale, "reports.committee." + line.figure())
                : Messages.get(locale, "reports.committee.rejectedFor",
                Messages.get(locale, "rejectionCategory." + line.category()));
    }

    /** Four bars: decided within the window, after the ceiling, early by exception, and still open. */
    static Component chart(CommitteeWork work, Locale locale) {
        List<BarChart.Bar> bars = List.of(
                new BarChart.Bar(Messages.get(locale, "reports.committee.withinWindow"), work.withinWindow()),
                new BarChart.Bar(Messages.get(locale, "reports.committee.afterCeiling"), work.afterCeiling()),
                new BarChart.Bar(Messages.get(locale, "reports.committee.earlyByException"), work.earlyByException()),
                new BarChart.Bar(Messages.get(locale, "reports.committee.open"), work.open()));
        return ReportText.chart("report-committee-chart", Messages.get(locale, "reports.committee.chart"),
                Messages.get(locale, "reports.committee.chart.description", work.period().label(locale)), bars,
                locale);
    }

    static String summary(CommitteeWork work, Locale locale) {
        return Messages.get(locale, "reports.committee.summary", work.handedOver(), work.withinWindow(),
                work.afterCeiling(), work.earlyByException(), work.open(), work.accepted(), work.rejected(),
                work.stops(), work.daysStopped());
    }
}
