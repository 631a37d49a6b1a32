package coop.khidma.escalation.control;

import coop.khidma.platform.time.DayRange;
import coop.khidma.review.control.ReviewCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static coop.khidma.escalation.entity.EscalationState.ANSWERED;
import static coop.khidma.escalation.entity.EscalationState.CLIMBED;
import static coop.khidma.escalation.entity.EscalationState.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

/** Report 4 on a small fixed data set: March 2026, Tuesday 3 March a holiday, Friday and Saturday the weekend. */
class ReferralsTest {

    private static final ReviewCalendar DAYS = new ReviewCalendar(Set.of(LocalDate.of(2026, 3, 3)));
    private static final DayRange MARCH = new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final List<String> LADDER = List.of("OFFICER", "SUPERVISOR", "DIRECTOR", "BOARD");

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    @Test
    void theTimeToAnswerCountsWorkingDaysAfterArrivalSkippingTheWeekendAndTheHoliday() {
        assertThat(Referrals.workingDays(march(1), march(1), DAYS)).as("the same day").isZero();
        assertThat(Referrals.workingDays(march(1), march(4), DAYS)).as("the 3rd was closed").isEqualTo(2);
        assertThat(Referrals.workingDays(march(5), march(8), DAYS)).as("over the weekend").isEqualTo(1);
        assertThat(Referrals.workingDays(march(6), march(7), DAYS)).as("arrived and answered in the weekend")
                .isZero();
        assertThat(Referrals.workingDays(march(2), march(12), DAYS)).isEqualTo(7);
    }

    @Test
    void theMedianIsTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertThat(Referrals.median(List.of())).isNull();
        assertThat(Referrals.median(List.of(4))).isEqualTo(4.0);
        assertThat(Referrals.median(List.of(7, 0, 2))).isEqualTo(2.0);
        assertThat(Referrals.median(List.of(7, 0, 2, 1))).isEqualTo(1.5);
        assertThat(Referrals.median(IntStream.rangeClosed(1, 10).boxed().toList())).isEqualTo(5.5);
    }

    @Test
    void theNinetiethPercentileIsTheNearestRankAtOrAboveNineInTen() {
        assertThat(Referrals.percentile90(List.of())).isNull();
        assertThat(Referrals.percentile90(List.of(3))).isEqualTo(3);
        assertThat(Referrals.percentile90(List.of(7, 0, 2, 1))).as("4 values: the 4th").isEqualTo(7);
        assertThat(Referrals.percentile90(IntStream.rangeClosed(1, 10).boxed().toList())).isEqualTo(9);
        assertThat(Referrals.percentile90(IntStream.rangeClosed(1, 11).boxed().toList())).isEqualTo(10);
        assertThat(Referrals.percentile90(IntStream.rangeClosed(1, 20).boxed().toList())).isEqualTo(18);
    }

    @Test
    void everyLevelHasALineInTheLaddersOrderAndTheLastLineAddsThemUp() {
        Referrals referrals = Referrals.of(MARCH, LADDER, List.of(
                        new Referrals.Count("SUPERVISOR", ANSWERED, 4),
                        new Referrals.Count("DIRECTOR", ANSWERED, 1),
                        new Referrals.Count("SUPERVISOR", CLIMBED, 2),
                        new Referrals.Count("SUPERVISOR", OPEN, 1),
                        new Referrals.Count("RETIRED", CLIMBED, 1)),
                List.of(new Referrals.Answer("SUPERVISOR", march(1), march(1)),
                        new Referrals.Answer("SUPERVISOR", march(1), march(4)),
                        new Referrals.Answer("SUPERVISOR", march(5), march(8)),
                        new Referrals.Answer("SUPERVISOR", march(2), march(12)),
                        new Referrals.Answer("DIRECTOR", march(11), march(18))),
                DAYS);

        assertThat(referrals.period()).isEqualTo(MARCH);
        assertThat(referrals.levels()).containsExactly(
                new ReferralRow("OFFICER", 0, 0, 0, 0, null, null),
                new ReferralRow("SUPERVISOR", 7, 4, 2, 1, 1.5, 7),
                new ReferralRow("DIRECTOR", 1, 1, 0, 0, 5.0, 5),
                new ReferralRow("BOARD", 0, 0, 0, 0, null, null),
                new ReferralRow("RETIRED", 1, 0, 1, 0, null, null));
        assertThat(referrals.all()).isEqualTo(new ReferralRow(null, 9, 5, 3, 1, 2.0, 7));
    }
}
