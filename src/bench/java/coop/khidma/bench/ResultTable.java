package coop.khidma.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table the harness prints: per benchmark, what the application did, what the limit did, their ratio, the
 * target and whether this run met it. Figures are whatever this run measured; nothing here is a constant.
 */
final class ResultTable {

    record Row(String benchmark, String measure, String app, String limit, String ratio, String target, String met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String benchmark, String measure, double app, double limit, String unit, String target, Boolean met) {
        rows.add(new Row(benchmark, measure, format(app, unit), format(limit, unit),
                Double.isNaN(app / limit) ? "—" : String.format(Locale.ROOT, "%.2f×", app / limit), target,
                met == null ? "" : met ? "yes" : "NO"));
    }

    void notMeasured(String benchmark, String measure, String target) {
        rows.add(new Row(benchmark, measure, "not measured", "not measured", "—", target, "—"));
    }

    void note(String note) {
        notes.add(note);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** A Markdown table (readable as plain text too), then the notes. */
    String render() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[]{"benchmark", "measure", "Khidma", "limit", "ratio", "target", "met"});
        rows.forEach(row -> lines.add(new String[]{row.benchmark, row.measure, row.app, row.limit, row.ratio,
                row.target, row.met}));
        int[] widths = new int[7];
        lines.forEach(line -> {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < lines.size(); l++) {
            out.append('|');
            for (int i = 0; i < 7; i++) {
                out.append(' ').append(pad(lines.get(l)[i], widths[i])).append(" |");
            }
            out.append('\n');
            if (l == 0) {
                out.append('|');
                for (int width : widths) {
                    out.append('-').append("-".repeat(width)).append("-|");
                }
                out.append('\n');
            }
        }
        notes.forEach(note -> out.append("\n- ").append(note));
        return out.append('\n').toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String format(double value, String unit) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (List.of("failures", "connections", "answers", "restarts", "rows").contains(unit)) {
            return String.format(Locale.ROOT, "%.0f %s", value, unit); // counts
        }
        double size = Math.abs(value);
        return String.format(Locale.ROOT, size >= 100 ? "%.0f %s" : size >= 10 ? "%.1f %s" : "%.2f %s", value, unit);
    }
}
