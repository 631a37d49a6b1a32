package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.html.Div;

import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG, the way the satisfaction trend is drawn: one line per item (a
 * channel, an age), its name at the start, its bar and its count after it. Long Arabic names stay readable, which
 * upright bars side by side would overlap. No browser library; the chart arrives drawn in the page's direction (in
 * Arabic the names are on the right and the bars grow leftwards), with a title and a description for screen readers.
 */
class BarChart extends Div {

    /** One line: its name, the length of its bar and the text after it (its count, unless told otherwise). */
    record Bar(String label, long value, String text) {

        Bar(String label, long value) {
            this(label, value, String.valueOf(value));
        }
    }

    static final int WIDTH = 560;
    static final int LINE = 26;
    private static final int LABEL = 190;
    private static final int GAP = 8;
    private static final int VALUE = 44;

    BarChart(String id, String title, String description, List<Bar> bars, boolean rightToLeft) {
        setId(id);
        addClassName("backoffice-chart");
        getElement().setProperty("innerHTML", svg(id, title, description, bars, rightToLeft));
    }

    /** The chart's SVG markup; every text is escaped. */
    static String svg(String id, String title, String description, List<Bar> bars, boolean rightToLeft) {
        int height = Math.max(1, bars.size()) * LINE;
        long most = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int room = WIDTH - LABEL - GAP - VALUE;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" direction=\"ltr\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-t ")
                .append(id).append("-d\"><title id=\"").append(id).append("-t\">").append(escape(title))
                .append("</title><desc id=\"").append(id).append("-d\">").append(escape(description))
                .append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double middle = LINE * i + LINE / 2.0 + 4;
            double length = (double) room * bar.value() / most;
            double barStart = rightToLeft ? WIDTH - LABEL - GAP - length : LABEL + GAP;
            svg.append("<g class=\"bar\">");
            text(svg, "label", rightToLeft ? WIDTH : 0, middle, rightToLeft ? "end" : "start", bar.label());
            svg.append("<rect x=\"").append(format(barStart)).append("\" y=\"").append(LINE * i + 5)
                    .append("\" width=\"").append(format(length)).append("\" height=\"").append(LINE - 10)
                    .append("\"/>");
            text(svg, "value", rightToLeft ? barStart - 6 : barStart + length + 6, middle,
                    rightToLeft ? "end" : "start", bar.text());
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    static void text(StringBuilder svg, String type, double x, double y, String anchor, String text) {
        svg.append("<text class=\"").append(type).append("\" x=\"").append(format(x)).append("\" y=\"")
                .append(format(y)).append("\" text-anchor=\"").append(anchor).append("\">").append(escape(text))
                .append("</text>");
    }

    static String format(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
