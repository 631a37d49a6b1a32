package coop.khidma.ui.console.reports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

    private static final List<BarChart.Bar> BARS = List.of(new BarChart.Bar("حضوري", 4),
            new BarChart.Bar("<هاتف>", 2), new BarChart.Bar("خطاب", 0));

    @Test
    void theLongestBarFillsTheRoomAndTheOthersAreInProportion() {
        String svg = BarChart.svg("c", "الطلبات", "وصف", BARS, false);
        // room = 560 − 190 − 8 − 44 = 318; bars start after the names at 198
        assertThat(svg).contains("<rect x=\"198.0\" y=\"5\" width=\"318.0\" height=\"16\"/>")
                .contains("<rect x=\"198.0\" y=\"31\" width=\"159.0\" height=\"16\"/>")
                .contains("<rect x=\"198.0\" y=\"57\" width=\"0.0\" height=\"16\"/>")
                .contains("viewBox=\"0 0 560 78\"");
        assertThat(svg).contains("<text class=\"value\" x=\"522.0\" y=\"17.0\" text-anchor=\"start\">4</text>");
    }

    @Test
    void inArabicTheNamesAreOnTheRightAndTheBarsGrowLeftwards() {
        String svg = BarChart.svg("c", "الطلبات", "وصف", BARS, true);
        assertThat(svg).contains("<text class=\"label\" x=\"560.0\" y=\"17.0\" text-anchor=\"end\">حضوري</text>")
                .contains("<rect x=\"44.0\" y=\"5\" width=\"318.0\" height=\"16\"/>")
                .contains("<text class=\"value\" x=\"38.0\" y=\"17.0\" text-anchor=\"end\">4</text>");
    }

    @Test
    void everyTextIsEscapedAndTheChartIsNamedForScreenReaders() {
        String svg = BarChart.svg("c", "<b>", "\"وصف\"", BARS, false);
        assertThat(svg).contains(">&lt;هاتف&gt;<").doesNotContain("<هاتف>")
                .contains("<title id=\"c-t\">&lt;b&gt;</title><desc id=\"c-d\">&quot;وصف&quot;</desc>")
                .contains("aria-labelledby=\"c-t c-d\"");
    }
}
