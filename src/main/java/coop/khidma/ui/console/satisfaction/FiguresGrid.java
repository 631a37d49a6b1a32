package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.satisfaction.control.RatingFigures;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rating figures by service and channel for the period last shown: a group under the minimum with the withheld
 * marker and no average or spread, and nothing per employee (there is no such grouping). Its {@link #export()} gives
 * the same figures as CSV, with the period they were shown for.
 */
public class FiguresGrid extends Grid<FiguresGrid.ShownGroup> {

    /** One group of the figures shown, with the period they were shown for. */
    record ShownGroup(LocalDate from, LocalDate to, RatingFigures.Group group) {
    }

    private final Columns<ShownGroup> columns = new Columns<ShownGroup>()
            .column("backoffice.satisfaction.from", (row, locale) -> HijriDates.both(row.from(), locale)).csvOnly()
            .column("backoffice.satisfaction.to", (row, locale) -> HijriDates.both(row.to(), locale)).csvOnly()
            .column("backoffice.satisfaction.serviceColumn",
                    (row, locale) -> getTranslation(locale, "services.rated." + row.group().service()))
            .autoWidth()
            .column("backoffice.satisfaction.channel",
                    (row, locale) -> getTranslation(locale, "backoffice.channel." + row.group().channel()))
            .autoWidth()
            .column("backoffice.satisfaction.ratings", (row, locale) -> row.group().tooFew()
                    ? getTranslation(locale, "backoffice.satisfaction.tooFew", RatingFigures.MINIMUM_GROUP)
                    : row.group().ratings().map(String::valueOf).orElse(""))
            .autoWidth()
            .column("backoffice.satisfaction.average", row -> row.group().average()
                    .map(BigDecimal::toPlainString).orElse("—"))
            .column("backoffice.satisfaction.spread", row -> spread(row.group().perScore())).autoWidth();
    private List<ShownGroup> shown = List.of();

    public FiguresGrid() {
        setId("satisfaction-figures");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        columns.addTo(this);
        setAllRowsVisible(true);
    }

    /** Shows the groups, remembering the period they are for (the export says it). */
    public void show(LocalDate from, LocalDate to, List<RatingFigures.Group> groups) {
        shown = groups.stream().map(group -> new ShownGroup(from, to, group)).toList();
        setItems(shown);
    }

    /** The figures the grid shows, as CSV, for the period and filters last applied. */
    public Component export() {
        return CsvExport.<ShownGroup>named("satisfaction-figures").columns(columns)
                .rows(() -> CsvExport.all(shown))
                .link();
    }

    /** How many ratings gave each score, "1: 0  2: 1 …", or a dash when withheld. */
    public static String spread(List<Long> perScore) {
        if (perScore.isEmpty()) {
            return "—";
        }
        StringBuilder text = new StringBuilder();
        for (int score = 1; score <= perScore.size(); score++) {
            text.append(score).append(": ").append(perScore.get(score - 1)).append(score < perScore.size() ? "  " : "");
        }
        return text.toString();
    }
}
