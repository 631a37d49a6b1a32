package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.DayRange;
import coop.khidma.satisfaction.control.RatingFigures;
import coop.khidma.ui.console.satisfaction.FiguresGrid;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Report 7, satisfaction beside the rest: a bar per service for its average score, and a table of each service over
 * every channel (the last line all of them) with its ratings, average and spread; a service with fewer than five
 * ratings shows none of them (the satisfaction page's rule), and nothing is per employee. It also downloads as CSV.
 */
class SatisfactionReport extends Div {

    /** The figures of a period, with the period they are for. */
    record Shown(DayRange period, List<RatingFigures.Group> groups) {
    }

    final Div chart = new Div();
    final Div summary = new Div();
    final Grid<RatingFigures.Group> grid = new Grid<>();
    private final Anchor print;
    private Shown shown;

    SatisfactionReport() {
        setId("report-satisfaction");
        summary.setId("report-satisfaction-total");
        summary.addClassName("console-count");
        Columns<RatingFigures.Group> columns = columns(() -> shown.period());
        grid.setId("report-satisfaction-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        columns.addTo(grid);
        print = ReportText.printLink("report-satisfaction-print", getLocale());
        Div bar = new Div(CsvExport.<RatingFigures.Group>named("report-satisfaction").columns(columns)
                .rows(() -> CsvExport.all(shown == null ? List.of() : shown.groups())).link(), print);
        bar.addClassName("console-filters");
        add(bar, summary, chart, grid);
    }

    void show(DayRange period, List<RatingFigures.Group> groups) {
        shown = new Shown(period, groups);
        chart.removeAll();
        chart.add(chart(shown, getLocale()));
        summary.setText(summary(groups, getLocale()));
        grid.setItems(groups);
        print.setHref("console/print/report?report=satisfaction&from=" + period.from() + "&to=" + period.to());
    }

    /** The table's columns, alike on screen, in the CSV (with the period named) and on paper. */
    static Columns<RatingFigures.Group> columns(java.util.function.Supplier<DayRange> period) {
        return new Columns<RatingFigures.Group>()
                .column("reports.volume.period", (row, locale) -> period.get().label(locale)).csvOnly()
                .column("backoffice.satisfaction.serviceColumn", SatisfactionReport::service).autoWidth()
                .column("backoffice.satisfaction.ratings", SatisfactionReport::ratings).autoWidth()
                .column("backoffice.satisfaction.average", (row, locale) -> average(row, locale)).autoWidth()
                .flexGrow(0)
                .column("backoffice.satisfaction.spread", row -> FiguresGrid.spread(row.perScore())).autoWidth();
    }

    static String service(RatingFigures.Group group, Locale locale) {
        return group.service().isEmpty() ? Messages.get(locale, "reports.satisfaction.all")
                : Messages.get(locale, "services.rated." + group.service());
    }

    static String ratings(RatingFigures.Group group, Locale locale) {
        return group.tooFew() ? Messages.get(locale, "backoffice.satisfaction.tooFew", RatingFigures.MINIMUM_GROUP)
                : group.ratings().map(String::valueOf).orElse("");
    }

    static String average(RatingFigures.Group group, Locale locale) {
        return group.average().map(BigDecimal::toPlainString).orElse(Messages.get(locale, "reports.change.none"));
    }

    /** One bar per service (not the line of all): its average score, none when withheld. */
    static Component chart(Shown shown, Locale locale) {
        List<BarChart.Bar> bars = shown.groups().stream().filter(group -> !group.service().isEmpty())
                .map(group -> new BarChart.Bar(service(group, locale),
                        group.average().map(average -> average.movePointRight(2).longValue()).orElse(0L),
                        group.tooFew() ? Messages.get(locale, "reports.satisfaction.withheld")
                                : average(group, locale)))
                .toList();
        return ReportText.chart("report-satisfaction-chart", Messages.get(locale, "reports.satisfaction.chart"),
                Messages.get(locale, "reports.satisfaction.chart.description", shown.period().label(locale),
                        RatingFigures.MINIMUM_GROUP), bars, locale);
    }

    /** All services together: their ratings and average, or that there were too few to show. */
    static String summary(List<RatingFigures.Group> groups, Locale locale) {
        RatingFigures.Group all = groups.get(groups.size() - 1);
        return all.tooFew() ? Messages.get(locale, "reports.satisfaction.summary.tooFew", RatingFigures.MINIMUM_GROUP)
                : Messages.get(locale, "reports.satisfaction.summary", all.ratings().orElse(0L),
                average(all, locale));
    }
}
