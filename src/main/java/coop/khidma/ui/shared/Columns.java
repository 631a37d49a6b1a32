package coop.khidma.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.ValueProvider;
import coop.khidma.platform.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The columns of a list, defined once for its grid ({@link #addTo}) and its CSV export
 * ({@link CsvExport#columns}): each a header key and how to show a row in a language. A column may look different
 * in the grid ({@link #gridText}, {@link #gridCell}: a shorter date, a link, a badge), be in only one of the two
 * ({@link #gridOnly}, {@link #csvOnly}), and carry the grid's layout (width, sorting). Modifiers apply to the column
 * defined last.
 */
public final class Columns<T> {

    private static final class Column<T> {
        private final String headerKey;
        private final BiFunction<T, Locale, String> value;
        private ValueProvider<T, String> gridText;
        private ValueProvider<T, ? extends Component> gridCell;
        private boolean inGrid = true;
        private boolean inCsv = true;
        private final List<Consumer<Grid.Column<T>>> layout = new ArrayList<>();

        private Column(String headerKey, BiFunction<T, Locale, String> value) {
            this.headerKey = headerKey;
            this.value = value;
        }
    }

    private final List<Column<T>> columns = new ArrayList<>();

    public Columns<T> column(String headerKey, Function<T, String> value) {
        return column(headerKey, (row, locale) -> value.apply(row));
    }

    /** A column whose text depends on the reader's language (a translated status, a date). */
    public Columns<T> column(String headerKey, BiFunction<T, Locale, String> value) {
        columns.add(new Column<>(headerKey, value));
        return this;
    }

    /** The grid shows this text instead (a shorter form of the same value). */
    public Columns<T> gridText(ValueProvider<T, String> text) {
        last().gridText = text;
        return this;
    }

    /** The grid shows this component instead (a link, a badge). */
    public Columns<T> gridCell(ValueProvider<T, ? extends Component> cell) {
        last().gridCell = cell;
        return this;
    }

    /** The column is shown in the grid only, not exported. */
    public Columns<T> gridOnly() {
        last().inCsv = false;
        return this;
    }

    /** The column is exported only, not shown in the grid. */
    public Columns<T> csvOnly() {
        last().inGrid = false;
        return this;
    }

    public Columns<T> autoWidth() {
        return layout(column -> column.setAutoWidth(true));
    }

    public Columns<T> flexGrow(int flexGrow) {
        return layout(column -> column.setFlexGrow(flexGrow));
    }

    /** The grid sorts by this column, asking the data provider to sort by {@code property}. */
    public Columns<T> sortedBy(String property) {
        return layout(column -> column.setSortProperty(property));
    }

    /** Any other layout of the grid's column. */
    public Columns<T> layout(Consumer<Grid.Column<T>> layout) {
        last().layout.add(layout);
        return this;
    }

    /** Adds the grid's columns, headed in the reader's language. */
    public void addTo(Grid<T> grid) {
        for (Column<T> column : columns) {
            if (column.inGrid) {
                Grid.Column<T> added = column.gridCell != null ? grid.addComponentColumn(column.gridCell)
                        : grid.addColumn(column.gridText != null ? column.gridText
                        : row -> column.value.apply(row, readersLocale()));
                added.setHeader(grid.getTranslation(column.headerKey));
                column.layout.forEach(layout -> layout.accept(added));
            }
        }
    }

    /**
     * The grid's columns as a plain table for a printed page (a grid scrolls and lazy-loads; paper does neither), each
     * cell the column's text in the reader's language.
     */
    public Div printTable(List<T> rows, Locale locale) {
        Element table = new Element("table");
        Element head = new Element("tr");
        columns.stream().filter(column -> column.inGrid).forEach(column ->
                head.appendChild(new Element("th").setText(Messages.get(locale, column.headerKey))));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (T row : rows) {
            Element line = new Element("tr");
            columns.stream().filter(column -> column.inGrid).forEach(column ->
                    line.appendChild(new Element("td").setText(column.value.apply(row, locale))));
            body.appendChild(line);
        }
        table.appendChild(body);
        Div box = new Div();
        box.addClassName("print-table");
        box.getElement().appendChild(table);
        return box;
    }

    /** The CSV's header line in a language. */
    List<String> header(Locale locale) {
        return columns.stream().filter(column -> column.inCsv)
                .map(column -> Messages.get(locale, column.headerKey)).toList();
    }

    /** One row as a CSV line in a language. */
    List<String> line(T row, Locale locale) {
        return columns.stream().filter(column -> column.inCsv)
                .map(column -> column.value.apply(row, locale)).toList();
    }

    /** The language the grid is read in, as a component's own {@code getLocale()} finds it. */
    private static Locale readersLocale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.getDefault();
    }

    private Column<T> last() {
        return columns.get(columns.size() - 1);
    }
}
