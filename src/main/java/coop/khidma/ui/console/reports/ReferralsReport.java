package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import coop.khidma.escalation.control.ReferralRow;
import coop.khidma.escalation.control.Referrals;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Report 4, referrals to the higher authority: a bar per level for the referrals that arrived there in the period, and
 * a table of each level (the last line all levels) with how many were answered there, climbed on by timeout or still
 * wait, and the median and 90th percentile of the working days to an answer; it also downloads as CSV.
 */
class ReferralsReport extends Div {

    final Div chart = new Div();
    final Div summary = new Div();
    final Grid<ReferralRow> grid = new Grid<>();
    private final Anchor print = new Anchor("", "");
    private Referrals shown;

    ReferralsReport() {
        setId("report-referrals");
        summary.setId("report-referrals-total");
        summary.addClassName("console-count");
        Columns<ReferralRow> columns = columns(() -> shown);
        grid.setId("report-referrals-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        columns.addTo(grid);
        print.setId("report-referrals-print");
        print.setTarget("_blank");
        print.add(VaadinIcon.PRINT.create());
        print.add(getTranslation("reports.print"));
        print.addClassName("console-export");
        Div bar = new Div(CsvExport.<ReferralRow>named("report-referrals").columns(columns)
                .rows(() -> CsvExport.all(shown == null ? List.of() : lines(shown))).link(), print);
        bar.addClassName("console-filters");
        add(bar, summary, chart, grid);
    }

    void show(Referrals referrals) {
        shown = referrals;
        chart.removeAll();
        chart.add(chart(referrals, getLocale()));
        summary.setText(summary(referrals, getLocale()));
        grid.setItems(lines(referrals));
        print.setHref("console/print/report?report=referrals&from=" + referrals.period().from() + "&to="
                + referrals.period().to());
    }

    /** Every level, lowest first, then all of them together. */
    static List<ReferralRow> lines(Referrals referrals) {
        List<ReferralRow> lines = new ArrayList<>(referrals.levels());
        lines.add(referrals.all());
        return lines;
    }

    /** The table's columns, alike on screen, in the CSV (with the period named) and on paper. */
    static Columns<ReferralRow> columns(Supplier<Referrals> shown) {
        return new Columns<ReferralRow>()
                .column("reports.volume.period", (row, locale) -> shown.get().period().label(locale)).csvOnly()
                .column("reports.referrals.level", (row, locale) -> row.levelCode() == null
                        ? Messages.get(locale, "reports.referrals.all")
                        : Messages.get(locale, "escalation.level." + row.levelCode()))
                .autoWidth()
                .column("reports.referrals.arrived", row -> String.valueOf(row.arrived())).autoWidth().flexGrow(0)
                .column("reports.referrals.answered", row -> String.valueOf(row.answered())).autoWidth().flexGrow(0)
                .column("reports.referrals.climbed", row -> String.valueOf(row.climbed())).autoWidth().flexGrow(0)
                .column("reports.referrals.open", row -> String.valueOf(row.open())).autoWidth().flexGrow(0)
                .column("reports.referrals.median", (row, locale) -> days(row.median(), locale)).autoWidth()
                .flexGrow(0)
                .column("reports.referrals.p90", (row, locale) -> days(row.percentile90() == null ? null
                        : row.percentile90().doubleValue(), locale)).autoWidth().flexGrow(0);
    }

    /** {@code 2}, {@code 1.5}, or a dash when nothing was answered. */
    static String days(Double days, Locale locale) {
        return ReportText.days(days, locale);
    }

    /** One bar per level, lowest first: the referrals that arrived there in the period. */
    static Component chart(Referrals referrals, Locale locale) {
        List<BarChart.Bar> bars = referrals.levels().stream()
                .map(row -> new BarChart.Bar(Messages.get(locale, "escalation.level." + row.levelCode()),
                        row.arrived()))
                .toList();
        return ReportText.chart("report-referrals-chart", Messages.get(locale, "reports.referrals.chart"),
                Messages.get(locale, "reports.referrals.chart.description", referrals.period().label(locale)), bars,
                locale);
    }

    static String summary(Referrals referrals, Locale locale) {
        ReferralRow all = referrals.all();
        return Messages.get(locale, "reports.referrals.summary", all.arrived(), all.answered(), all.climbed(),
                all.open(), days(all.median(), locale), days(all.percentile90() == null ? null
                        : all.percentile90().doubleValue(), locale));
    }
}
