package coop.khidma.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import coop.khidma.audit.boundary.AuditTrail;
import jakarta.enterprise.inject.spi.CDI;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The console's one way to export a list or report as CSV ({@link Csv}): the columns (a header key and how to show
 * each row in the reader's language; a list shown in a grid shares them with its grid through {@link Columns}), and
 * the rows fetched from the boundary page by page with the filters on screen when the link is clicked. Put its
 * {@link #link()} beside the list. Every export is on the audit trail (who, which list, how many rows), since lists
 * may hold members' personal data.
 */
public final class CsvExport<T> {

    /** Rows by offset and limit, as the boundaries page them. */
    @FunctionalInterface
    public interface Pages<T> extends BiFunction<Integer, Integer, List<T>> {
    }

    static final int PAGE = 500;
    private final String name;
    private Columns<T> columns = new Columns<>();
    private Supplier<Pages<T>> rows;

    private CsvExport(String name) {
        this.name = name;
    }

    /** An export saved as {@code <name>-<date>.csv}. */
    public static <T> CsvExport<T> named(String name) {
        return new CsvExport<>(name);
    }

    public CsvExport<T> column(String headerKey, Function<T, String> value) {
        columns.column(headerKey, value);
        return this;
    }

    /** A column whose text depends on the reader's language (a translated status, a date). */
    public CsvExport<T> column(String headerKey, BiFunction<T, Locale, String> value) {
        columns.column(headerKey, value);
        return this;
    }

    /** The columns a grid shows too (those not for the grid only), instead of any defined here. */
    public CsvExport<T> columns(Columns<T> shared) {
        columns = shared;
        return this;
    }

    /**
     * Where the rows come from. The supplier runs in the screen's lock when the link is clicked (so it may read the
     * filters on screen); the pages it returns are then read outside it.
     */
    public CsvExport<T> rows(Supplier<Pages<T>> rows) {
        this.rows = rows;
        return this;
    }

    /** The download link, labelled in the reader's language. */
    public Anchor link() {
        String file = name + "-" + LocalDate.now(ZoneId.of("Asia/Riyadh")) + ".csv";
        DownloadHandler handler = event -> {
            UI ui = event.getUI();
            Locale[] locale = new Locale[1];
            @SuppressWarnings("unchecked")
            Pages<T>[] pages = new Pages[1];
            ui.accessSynchronously(() -> {
                locale[0] = ui.getLocale();
                pages[0] = rows.get();
            });
            event.setFileName(file);
            event.setContentType("text/csv; charset=UTF-8");
            List<String> header = columns.header(locale[0]);
            long[] rows = new long[1];
            Csv.write(header, () -> counted(lines(pages[0], locale[0]), rows), event.getOutputStream());
            CDI.current().select(AuditTrail.class).get().exported(name, rows[0]);
        };
        Anchor link = new Anchor(handler, "");
        link.add(VaadinIcon.DOWNLOAD.create());
        link.add(UI.getCurrent() == null ? name : UI.getCurrent().getTranslation("admin.csv.export"));
        link.addClassName("console-export");
        link.setId(name + "-csv");
        return link;
    }

    private static Iterator<List<String>> counted(Iterator<List<String>> lines, long[] rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public List<String> next() {
                rows[0]++;
                return lines.next();
            }
        };
    }

    private Iterator<List<String>> lines(Pages<T> pages, Locale locale) {
        return new Iterator<>() {
            private List<T> page = pages.apply(0, PAGE);
            private int offset;
            private int index;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (page.size() < PAGE) {
                    return false;
                }
                offset += PAGE;
                page = pages.apply(offset, PAGE);
                index = 0;
                return !page.isEmpty();
            }

            @Override
            public List<String> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T row = page.get(index++);
                return columns.line(row, locale);
            }
        };
    }

    /** A whole list already in memory (short lists: accounts, devices, escalations), as pages. */
    public static <T> Pages<T> all(List<T> list) {
        return (offset, limit) -> list.subList(Math.min(offset, list.size()), Math.min(offset + limit, list.size()));
    }
}
