package coop.khidma.ui.console.satisfaction;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TrendChartTest {

    private static final List<TrendChart.Bar> BARS = List.of(
            new TrendChart.Bar("سبتمبر", Optional.of(new BigDecimal("4.20"))),
            new TrendChart.Bar("أكتوبر", Optional.empty()),
            new TrendChart.Bar("<نوفمبر>", Optional.of(new BigDecimal("2.50"))));

    @Test
    void aWithheldPeriodHasNoBarOnlyADash() {
        String svg = TrendChart.svg("trend", "متوسط التقييم", "وصف", BARS, 5, false);
        assertThat(svg.split("<rect", -1)).hasSize(3);
        assertThat(svg).contains(">4.20<").contains(">2.50<").contains("class=\"withheld\"");
        assertThat(svg).contains("<title id=\"trend-t\">متوسط التقييم</title>");
    }

    @Test
    void textsAreEscapedAndArabicRunsFromTheRight() {
        String ltr = TrendChart.svg("trend", "t", "d", BARS, 5, false);
        String rtl = TrendChart.svg("trend", "t", "d", BARS, 5, true);
        assertThat(ltr).contains("&lt;نوفمبر&gt;").doesNotContain("<نوفمبر>");
        assertThat(x(ltr, "سبتمبر")).isLessThan(x(ltr, "&lt;نوفمبر&gt;"));
        assertThat(x(rtl, "سبتمبر")).isGreaterThan(x(rtl, "&lt;نوفمبر&gt;"));
    }

    /** The x of the label text. */
    private static double x(String svg, String label) {
        int end = svg.indexOf(">" + label + "</text>");
        int start = svg.lastIndexOf("x=\"", end) + 3;
        return Double.parseDouble(svg.substring(start, svg.indexOf('"', start)));
    }
}
