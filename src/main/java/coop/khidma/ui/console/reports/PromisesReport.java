package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.intake.control.PromiseRow;
import coop.khidma.intake.control.Promises;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Report 2, promises kept: a bar per request type for the answers that came by the day promised, a table of each type
 * (the last line all types) with the working days to intake and to the answer against its promise, and the ten
 * requests that have waited longest and are still open, by reference and stage only. The type table downloads as CSV.
 */
class PromisesReport extends Div {

    final Div chart = new Div();
    final Div summary = new Div();
    final Grid<PromiseRow> grid = new Grid<>();
    final Grid<Promises.Waiting> longest = new Grid<>();
    private final Anchor print;
    private Promises shown;

    PromisesReport() {
        setId("report-promises");
        summary.setId("report-promises-total");
        summary.addClassName("console-count");
        Columns<PromiseRow> columns = columns(() -> shown);
        grid.setId("report-promises-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        columns.addTo(grid);
        longest.setId("report-promises-longest");
        longest.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        longest.setAllRowsVisible(true);
        waitingColumns().addTo(longest);
        print = ReportText.printLink("report-promises-print", getLocale());
        Div bar = new Div(CsvExport.<PromiseRow>named("report-promises").columns(columns)
                .rows(() -> CsvExport.all(shown == null ? List.of() : lines(shown))).link(), print);
        bar.addClassName("console-filters");
        add(bar, summary, chart, grid, new Span(getTranslation("reports.promises.longest")), longest);
    }

    void show(Promises promises) {
        shown = promises;
        chart.removeAll();
        chart.add(chart(promises, getLocale()));
        summary.setText(summary(promises, getLocale()));
        grid.setItems(lines(promises));
        longest.setItems(promises.longestOpen());
        print.setHref("console/print/report?report=promises&from=" + promises.period().from() + "&to="
                + promises.period().to());
    }

    /** Every type, then all of them together. */
    static List<PromiseRow> lines(Promises promises) {
        List<PromiseRow> lines = new ArrayList<>(promises.types());
        lines.add(promises.all());
        return lines;
    }

    /** The type table's columns, alike on screen, in the CSV (with the period named) and on paper. */
    static Columns<PromiseRow> columns(Supplier<Promises> shown) {
        return new Columns<PromiseRow>()
                .column("reports.volume.period", (row, locale) -> shown.get().period().label(locale)).csvOnly()
                .column("console.inbox.type", (row, locale) -> row.typeCode() == null
                        ? Messages.get(locale, "reports.promises.all")
                        : Messages.get(locale, "requestType." + row.typeCode()))
                .autoWidth()
                .column("reports.promises.promise", PromisesReport::promise)
                .autoWidth()
                .column("reports.promises.filed", row -> String.valueOf(row.filed())).autoWidth().flexGrow(0)
                .column("reports.promises.intake", row -> String.valueOf(row.intakeCompleted())).autoWidth()
                .flexGrow(0)
                .column("reports.promises.intakeMedian", (row, locale) -> ReportText.days(row.intakeMedian(), locale))
                .autoWidth().flexGrow(0)
                .column("reports.promises.answered", row -> String.valueOf(row.answered())).autoWidth().flexGrow(0)
                .column("reports.promises.answerMedian", (row, locale) -> ReportText.days(row.answerMedian(), locale))
                .autoWidth().flexGrow(0)
                .column("reports.promises.kept", row -> String.valueOf(row.withinPromise())).autoWidth().flexGrow(0)
                .column("reports.promises.share", (row, locale) -> ReportText.share(row.sharePercent(), locale))
                .autoWidth().flexGrow(0);
    }

    /** What the member is promised: the type's answer days, or the committee window's ceiling. */
    static String promise(PromiseRow row, Locale locale) {
        if (row.typeCode() == null || row.answerDays() == null) {
            return Messages.get(locale, "reports.change.none");
        }
        return row.committee() ? Messages.get(locale, "reports.promises.window")
                : Messages.get(locale, "reports.promises.days", row.answerDays());
    }

    /** The longest-open table: reference, stage, filed (Hijri and Gregorian) and working days waited. */
    static Columns<Promises.Waiting> waitingColumns() {
        return new Columns<Promises.Waiting>()
                .column("reports.promises.reference", Promises.Waiting::reference).autoWidth()
                .column("reports.backlog.stage", (row, locale) -> Messages.get(locale, "status." + row.stage()))
                .autoWidth()
                .column("reports.promises.filedOn", (row, locale) -> HijriDates.both(row.filed(), locale)).autoWidth()
                .column("reports.promises.waited", row -> String.valueOf(row.workingDays())).autoWidth().flexGrow(0);
    }

    /** One bar per type with requests: those answered by the day promised. */
    static Component chart(Promises promises, Locale locale) {
        List<BarChart.Bar> bars = promises.types().stream().filter(row -> row.filed() > 0)
                .map(row -> new BarChart.Bar(Messages.get(locale, "requestType." + row.typeCode()),
                        row.withinPromise()))
                .toList();
        return ReportText.chart("report-promises-chart", Messages.get(locale, "reports.promises.chart"),
                Messages.get(locale, "reports.promises.chart.description", promises.period().label(locale)), bars,
                locale);
    }

    static String summary(Promises promises, Locale locale) {
        PromiseRow all = promises.all();
        return Messages.get(locale, "reports.promises.summary", all.filed(), all.answered(), all.withinPromise(),
                ReportText.share(all.sharePercent(), locale), ReportText.days(all.intakeMedian(), locale),
                ReportText.days(all.answerMedian(), locale));
    }
}
