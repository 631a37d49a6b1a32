package coop.khidma.satisfaction.control;

import coop.khidma.platform.time.ReportPeriod;
import coop.khidma.satisfaction.control.RatingFigures.DayCount;
import coop.khidma.satisfaction.control.RatingFigures.Point;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

/** The trend withholds small periods exactly as groups are withheld: four ratings show nothing, five show figures. */
class RatingTrendTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    @Test
    void aMonthWithFourRatingsShowsNoFigureAndWithFiveItDoes() {
        List<DayCount> four = List.of(new DayCount(NOV_1.plusDays(2), 5, 3), new DayCount(NOV_1.plusDays(9), 1, 1));
        Point withheld = RatingFigures.trend(four, ReportPeriod.MONTH, NOV_1, NOV_1.plusDays(29)).get(0);
        assertThat(withheld.tooFew()).isTrue();
        assertThat(withheld.ratings()).isEmpty();
        assertThat(withheld.average()).isEmpty();

        List<DayCount> five = List.of(new DayCount(NOV_1.plusDays(2), 5, 3), new DayCount(NOV_1.plusDays(9), 1, 2));
        Point shown = RatingFigures.trend(five, ReportPeriod.MONTH, NOV_1, NOV_1.plusDays(29)).get(0);
        assertThat(shown.tooFew()).isFalse();
        assertThat(shown.ratings()).contains(5L);
        assertThat(shown.average()).contains(new BigDecimal("3.40"));
    }

    @Test
    void everyPeriodOfTheRangeHasAPointEvenAnEmptyOne() {
        List<Point> weeks = RatingFigures.trend(List.of(new DayCount(LocalDate.of(2026, 11, 4), 4, 6)),
                ReportPeriod.WEEK, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 20));
        assertThat(weeks).extracting(Point::period).containsExactly(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 15));
        assertThat(weeks.get(0).average()).contains(new BigDecimal("4.00"));
        assertThat(weeks.get(1).tooFew()).isTrue();
    }

    @Test
    void readingRatingsOneByOneNeedsAGroupOfFive() {
        assertBroken("rule.rating.tooFew", () -> RatingFigures.requireGroup(4));
        RatingFigures.requireGroup(5);
    }
}
