package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.html.Div;

import java.util.List;

/**
 * A heat map drawn on the server as SVG, like {@link BarChart}: a row per day, a column per hour, each square as dark
 * as its count is near the busiest and its count written in it. The rows' names are at the start; in Arabic they are
 * on the right and the hours run from right to left. A title and a description for screen readers.
 */
class HeatMap extends Div {

    /** One square: its row, its column and its count. */
    record Square(int row, int column, long value) {
    }

    static final int WIDTH = 560;
    static final int LINE = 26;
    private static final int LABEL = 90;
    private static final int HEAD = 20;

    HeatMap(String id, String title, String description, List<String> rows, List<String> columns,
            List<Square> squares, boolean rightToLeft) {
        setId(id);
        addClassNames("backoffice-chart", "heat-map");
        getElement().setProperty("innerHTML", svg(id, title, description, rows, columns, squares, rightToLeft));
    }

    /** The map's SVG markup; every text is escaped. */
    static String svg(String id, String title, String description, List<String> rows, List<String> columns,
                      List<Square> squares, boolean rightToLeft) {
        int height = HEAD + Math.max(1, rows.size()) * LINE;
        double width = (double) (WIDTH - LABEL) / Math.max(1, columns.size());
        long most = Math.max(1, squares.stream().mapToLong(Square::value).max().orElse(1));
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" direction=\"ltr\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-t ")
                .append(id).append("-d\"><title id=\"").append(id).append("-t\">").append(BarChart.escape(title))
                .append("</title><desc id=\"").append(id).append("-d\">").append(BarChart.escape(description))
                .append("</desc>");
        for (int c = 0; c < columns.size(); c++) {
            BarChart.text(svg, "axis-label", middle(c, width, rightToLeft), HEAD - 6, "middle", columns.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            BarChart.text(svg, "label", rightToLeft ? WIDTH : 0, HEAD + LINE * r + LINE / 2.0 + 4,
                    rightToLeft ? "end" : "start", rows.get(r));
        }
        for (Square square : squares) {
            double x = start(square.column(), width, rightToLeft);
            double y = HEAD + LINE * square.row();
            double share = (double) square.value() / most;
            svg.append("<g class=\"square\"><rect class=\"").append(square.value() == 0 ? "empty" : "cell")
                    .append("\" x=\"").append(BarChart.format(x + 1)).append("\" y=\"").append(BarChart.format(y + 1))
                    .append("\" width=\"").append(BarChart.format(width - 2)).append("\" height=\"").append(LINE - 2)
                    .append("\" fill-opacity=\"").append(BarChart.format(square.value() == 0 ? 1 : 0.15 + 0.85 * share))
                    .append("\"/>");
            BarChart.text(svg, share > 0.55 ? "value strong" : "value", x + width / 2, y + LINE / 2.0 + 4, "middle",
                    String.valueOf(square.value()));
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Where a column starts: after the names, from the left, or in Arabic before them, from the right. */
    private static double start(int column, double width, boolean rightToLeft) {
        return rightToLeft ? WIDTH - LABEL - width * (column + 1) : LABEL + width * column;
    }

    private static double middle(int column, double width, boolean rightToLeft) {
        return start(column, width, rightToLeft) + width / 2;
    }
}
