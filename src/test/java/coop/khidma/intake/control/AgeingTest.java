package coop.khidma.intake.control;

import coop.khidma.review.control.ReviewCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static coop.khidma.intake.entity.RequestStatus.IN_INTAKE;
import static coop.khidma.intake.entity.RequestStatus.RESOLVED;
import static coop.khidma.intake.entity.RequestStatus.SUBMITTED;
import static coop.khidma.intake.entity.RequestStatus.WITH_COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Report 5 on a small fixed data set: today is Thursday 12 March 2026; Tuesday 3 March was a holiday. */
class AgeingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final ReviewCalendar DAYS = new ReviewCalendar(Set.of(LocalDate.of(2026, 3, 3)));

    @Test
    void theAgeCountsWorkingDaysAfterFilingSkippingTheWeekendAndTheHoliday() {
        assertThat(Ageing.age(TODAY, TODAY, DAYS)).isZero();
        assertThat(Ageing.age(LocalDate.of(2026, 3, 10), TODAY, DAYS)).isEqualTo(2);
        assertThat(Ageing.age(LocalDate.of(2026, 3, 6), TODAY, DAYS)).as("filed on a Friday").isEqualTo(5);
        assertThat(Ageing.age(LocalDate.of(2026, 3, 5), TODAY, DAYS)).isEqualTo(5);
        assertThat(Ageing.age(LocalDate.of(2026, 3, 2), TODAY, DAYS)).as("the 3rd was closed").isEqualTo(7);
        assertThat(Ageing.age(LocalDate.of(2026, 2, 25), TODAY, DAYS)).isEqualTo(10);
        assertThat(Ageing.age(LocalDate.of(2026, 2, 24), TODAY, DAYS)).isEqualTo(11);
    }

    @Test
    void eachBucketStartsOnTheEarliestFilingDayStillYoungEnough() {
        assertThat(Ageing.filedOnOrAfter(TODAY, 2, DAYS)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(Ageing.filedOnOrAfter(TODAY, 5, DAYS)).as("Thursday 5th: the weekend after it is not counted")
                .isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(Ageing.filedOnOrAfter(TODAY, 10, DAYS)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(Ageing.filedOnOrAfter(LocalDate.of(2026, 3, 7), 0, DAYS)).as("a Saturday: since Thursday")
                .isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void everyOpenStageHasARowWithZerosAndTheTotalsAddUp() {
        Ageing ageing = Ageing.of(TODAY, Map.of(
                AgeBucket.UP_TO_2, Map.of(SUBMITTED, 3L, IN_INTAKE, 1L),
                AgeBucket.FROM_6_TO_10, Map.of(SUBMITTED, 2L),
                AgeBucket.OVER_10, Map.of(WITH_COMMITTEE, 4L)));
        assertThat(ageing.stages()).extracting(AgeingRow::stage).containsExactlyElementsOf(Ageing.STAGES);
        assertThat(ageing.stages()).hasSize(7);
        assertThat(ageing.stages().get(0)).isEqualTo(new AgeingRow(SUBMITTED, List.of(3L, 0L, 2L, 0L), 5));
        assertThat(ageing.stages().get(1)).isEqualTo(new AgeingRow(IN_INTAKE, List.of(1L, 0L, 0L, 0L), 1));
        assertThat(ageing.stages().get(4)).isEqualTo(new AgeingRow(WITH_COMMITTEE, List.of(0L, 0L, 0L, 4L), 4));
        assertThat(ageing.all()).isEqualTo(new AgeingRow(null, List.of(4L, 0L, 2L, 4L), 10));
    }

    @Test
    void aClosedRequestIsNoBacklog() {
        assertThatThrownBy(() -> Ageing.of(TODAY, Map.of(AgeBucket.UP_TO_2, Map.of(RESOLVED, 1L))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
