package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.html.Div;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A bar chart drawn on the server as SVG: one bar per period, its value written above it, and for a period whose
 * figure is withheld (too few ratings or tickets) no bar at all but a dash. No browser library, no bundle build and
 * nothing to load: the figures arrive already drawn, in the page's direction (in Arabic the first period is on the
 * right), with a title and a description for screen readers.
 */
public class TrendChart extends Div {

    /** One period: its label and, unless withheld, its value. */
    public record Bar(String label, Optional<BigDecimal> value) {
    }

    static final int WIDTH = 560;
    static final int HEIGHT = 220;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    public TrendChart(String id, String title, String description, List<Bar> bars, double max, boolean rightToLeft) {
        setId(id);
        addClassName("backoffice-chart");
        getElement().setProperty("innerHTML", svg(id, title, description, bars, max, rightToLeft));
    }

    /** The chart's SVG markup; every text is escaped. */
    static String svg(String id, String title, String description, List<Bar> bars, double max, boolean rightToLeft) {
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-t ").append(id)
                .append("-d\"><title id=\"").append(id).append("-t\">").append(escape(title))
                .append("</title><desc id=\"").append(id).append("-d\">").append(escape(description))
                .append("</desc>");
        int plot = HEIGHT - TOP - BOTTOM;
        svg.append("<line class=\"axis\" x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(TOP + plot)
                .append("\" y2=\"").append(TOP + plot).append("\"/>");
        double slot = bars.isEmpty() ? WIDTH : (double) WIDTH / bars.size();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int position = rightToLeft ? bars.size() - 1 - i : i;
            double centre = slot * position + slot / 2;
            svg.append("<g class=\"bar\">");
            if (bar.value().isPresent()) {
                double value = bar.value().get().doubleValue();
                double height = max <= 0 ? 0 : Math.min(1, Math.max(0, value / max)) * plot;
                double width = Math.min(48, slot * 0.6);
                svg.append("<rect x=\"").append(format(centre - width / 2)).append("\" y=\"")
                        .append(format(TOP + plot - height)).append("\" width=\"").append(format(width))
                        .append("\" height=\"").append(format(height)).append("\"/>");
                text(svg, "value", centre, TOP + plot - height - 6, bar.value().get().toPlainString());
            } else {
                text(svg, "withheld", centre, TOP + plot - 6, "–");
            }
            text(svg, "label", centre, HEIGHT - BOTTOM / 2.0 + 4, bar.label());
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static void text(StringBuilder svg, String type, double x, double y, String text) {
        svg.append("<text class=\"").append(type).append("\" x=\"").append(format(x)).append("\" y=\"")
                .append(format(y)).append("\" text-anchor=\"middle\">").append(escape(text)).append("</text>");
    }

    private static String format(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
