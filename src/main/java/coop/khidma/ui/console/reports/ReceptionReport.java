package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.reception.control.ReceptionHours;
import coop.khidma.reception.control.ReceptionHours.HourRow;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Report 6, the reception counter: a heat map of the tickets taken per weekday and hour (the busiest hours darkest),
 * and a table of each service by hour, then all day, then the whole counter, with the no-shows and the average minutes
 * waited and served (shown over five tickets or more); it also downloads as CSV. No desk, no employee.
 */
class ReceptionReport extends Div {

    final Div chart = new Div();
    final Div summary = new Div();
    final Grid<HourRow> grid = new Grid<>();
    private final Anchor print;
    private ReceptionHours shown;

    ReceptionReport() {
        setId("report-reception");
        summary.setId("report-reception-total");
        summary.addClassName("console-count");
        Columns<HourRow> columns = columns(() -> shown);
        grid.setId("report-reception-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        columns.addTo(grid);
        print = ReportText.printLink("report-reception-print", getLocale());
        Div bar = new Div(CsvExport.<HourRow>named("report-reception").columns(columns)
                .rows(() -> CsvExport.all(shown == null ? List.of() : lines(shown))).link(), print);
        bar.addClassName("console-filters");
        add(bar, summary, chart, grid);
    }

    void show(ReceptionHours hours) {
        shown = hours;
        chart.removeAll();
        chart.add(chart(hours, getLocale()));
        summary.setText(summary(hours, getLocale()));
        grid.setItems(lines(hours));
        print.setHref("console/print/report?report=reception&from=" + hours.period().from() + "&to="
                + hours.period().to());
    }

    /** Each service by hour and all day, then the whole counter. */
    static List<HourRow> lines(ReceptionHours hours) {
        List<HourRow> lines = new ArrayList<>(hours.rows());
        lines.add(hours.all());
        return lines;
    }

    /** The table's columns, alike on screen, in the CSV (with the period named) and on paper. */
    static Columns<HourRow> columns(Supplier<ReceptionHours> shown) {
        return new Columns<HourRow>()
                .column("reports.volume.period", (row, locale) -> shown.get().period().label(locale)).csvOnly()
                .column("reports.reception.service", (row, locale) -> row.service() == null
                        ? Messages.get(locale, "reports.reception.all")
                        : Messages.get(locale, "kiosk.counter." + row.service().name()))
                .autoWidth()
                .column("reports.reception.hour", (row, locale) -> row.hour() == null
                        ? Messages.get(locale, "reports.reception.allDay") : hour(row.hour()))
                .autoWidth()
                .column("reports.reception.tickets", row -> String.valueOf(row.tickets())).autoWidth().flexGrow(0)
                .column("reports.reception.noShows", row -> String.valueOf(row.noShows())).autoWidth().flexGrow(0)
                .column("reports.reception.wait", (row, locale) -> minutes(row.waitMinutes(), locale)).autoWidth()
                .flexGrow(0)
                .column("reports.reception.served", (row, locale) -> minutes(row.serviceMinutes(), locale))
                .autoWidth().flexGrow(0);
    }

    /** {@code 09:00–10:00}. */
    static String hour(int hour) {
        return String.format(Locale.ROOT, "%02d:00–%02d:00", hour, hour + 1);
    }

    /** {@code 7.5}, or "fewer than 5 tickets" when too few to show. */
    static String minutes(BigDecimal minutes, Locale locale) {
        return minutes == null ? Messages.get(locale, "reports.reception.tooFew") : minutes.toPlainString();
    }

    /** The heat map: a row per weekday (Sunday first), a column per hour from the first to the last with tickets. */
    static Component chart(ReceptionHours hours, Locale locale) {
        List<String> days = ReceptionHours.WEEK.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale))
                .toList();
        List<String> columns = IntStream.rangeClosed(hours.firstHour(), hours.lastHour())
                .mapToObj(hour -> String.format(Locale.ROOT, "%02d", hour)).toList();
        List<HeatMap.Square> squares = hours.heat().stream()
                .map(cell -> new HeatMap.Square(ReceptionHours.WEEK.indexOf(cell.day()),
                        cell.hour() - hours.firstHour(), cell.tickets()))
                .toList();
        String title = Messages.get(locale, "reports.reception.chart");
        Div box = new Div(new Span(title), new HeatMap("report-reception-chart", title,
                Messages.get(locale, "reports.reception.chart.description", hours.period().label(locale),
                        hours.busiest()), days, columns, squares, Locales.isRightToLeft(locale)));
        box.addClassNames("backoffice-chart-box", "report-chart");
        return box;
    }

    static String summary(ReceptionHours hours, Locale locale) {
        HourRow all = hours.all();
        return Messages.get(locale, "reports.reception.summary", all.tickets(), all.noShows(),
                orDash(all.waitMinutes(), locale), orDash(all.serviceMinutes(), locale), busiest(hours, locale));
    }

    private static String orDash(BigDecimal minutes, Locale locale) {
        return minutes == null ? Messages.get(locale, "reports.change.none") : minutes.toPlainString();
    }

    /** The busiest weekday and hour, e.g. "Sunday 09:00–10:00", or a dash with no ticket. */
    static String busiest(ReceptionHours hours, Locale locale) {
        return hours.heat().stream().filter(cell -> cell.tickets() == hours.busiest() && cell.tickets() > 0)
                .findFirst()
                .map(cell -> cell.day().getDisplayName(TextStyle.FULL, locale) + " " + hour(cell.hour()))
                .orElse(Messages.get(locale, "reports.change.none"));
    }
}
