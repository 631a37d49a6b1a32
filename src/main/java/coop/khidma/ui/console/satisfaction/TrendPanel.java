package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.time.ReportPeriod;
import coop.khidma.reception.control.WaitingFigures;
import coop.khidma.satisfaction.control.RatingFigures;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The trend per week or month: the average rating and the counter's average wait as two charts, and the same as a
 * table (ratings and tickets withheld under their minimums, marked as such) with its CSV export, both from one
 * definition of the columns.
 */
public class TrendPanel extends Div {

    public TrendPanel() {
        setId("trend");
    }

    /** Shows the periods' scores beside their waits, labelled by the step they were counted in. */
    public void show(List<RatingFigures.Point> scores, List<WaitingFigures.Point> waits, ReportPeriod bucket) {
        List<Integer> rows = IntStream.range(0, scores.size()).boxed().toList();
        removeAll();
        Columns<Integer> columns = columns(scores, waits);
        add(charts(scores, waits, bucket), export(columns, rows), table(columns, rows));
    }

    private Component charts(List<RatingFigures.Point> scores, List<WaitingFigures.Point> waits, ReportPeriod bucket) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern(bucket == ReportPeriod.MONTH ? "MMM yyyy" : "d MMM",
                getLocale());
        boolean rtl = Locales.isRightToLeft(getLocale());
        List<TrendChart.Bar> scoreBars = scores.stream()
                .map(point -> new TrendChart.Bar(label.format(point.period()), point.average())).toList();
        List<TrendChart.Bar> waitBars = waits.stream()
                .map(point -> new TrendChart.Bar(label.format(point.period()), point.averageMinutes())).toList();
        double longest = waits.stream().flatMap(point -> point.averageMinutes().stream())
                .mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        Div charts = new Div(
                chart("trend-score", "backoffice.trend.score", scoreBars, 5, rtl),
                chart("trend-wait", "backoffice.trend.wait", waitBars, Math.max(1, longest), rtl));
        charts.addClassName("backoffice-charts");
        return charts;
    }

    private Component chart(String id, String titleKey, List<TrendChart.Bar> bars, double max, boolean rtl) {
        String title = getTranslation(titleKey);
        Div box = new Div(new Span(title), new TrendChart(id, title, getTranslation("backoffice.trend.description"),
                bars, max, rtl));
        box.addClassName("backoffice-chart-box");
        return box;
    }

    /**
     * The trend table's columns, as shown and exported: per period the ratings and average (withheld under the
     * minimum) beside the tickets and average wait (withheld likewise).
     */
    private Columns<Integer> columns(List<RatingFigures.Point> scores, List<WaitingFigures.Point> waits) {
        return new Columns<Integer>()
                .column("backoffice.trend.from", (i, locale) -> HijriDates.both(scores.get(i).period(), locale))
                .autoWidth()
                .column("backoffice.satisfaction.ratings", (i, locale) -> withheld(scores.get(i).ratings(),
                        RatingFigures.MINIMUM_GROUP, locale)).autoWidth()
                .column("backoffice.satisfaction.average", i -> scores.get(i).average()
                        .map(BigDecimal::toPlainString).orElse("—"))
                .column("backoffice.trend.tickets", (i, locale) -> i < waits.size() ? withheld(waits.get(i).tickets(),
                        WaitingFigures.MINIMUM_TICKETS, locale) : "").autoWidth()
                .column("backoffice.trend.waitMinutes", i -> i < waits.size() ? waits.get(i).averageMinutes()
                        .map(BigDecimal::toPlainString).orElse("—") : "");
    }

    private Component table(Columns<Integer> columns, List<Integer> rows) {
        Grid<Integer> table = new Grid<>();
        table.setId("trend-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        columns.addTo(table);
        table.setItems(rows);
        table.setAllRowsVisible(true);
        return table;
    }

    private Component export(Columns<Integer> columns, List<Integer> rows) {
        Div bar = new Div(CsvExport.<Integer>named("satisfaction-trend").columns(columns)
                .rows(() -> CsvExport.all(rows)).link());
        bar.addClassName("console-filters");
        return bar;
    }

    /** The count, or the "too few to show" marker in the given language. */
    private String withheld(Optional<Long> count, int minimum, Locale locale) {
        return count.map(String::valueOf).orElse(getTranslation(locale, "backoffice.satisfaction.tooFew", minimum));
    }
}
