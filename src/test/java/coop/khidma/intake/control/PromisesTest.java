package coop.khidma.intake.control;

import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.time.DayRange;
import coop.khidma.review.control.ReviewCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report 2 on a small fixed data set: March 2026, today Thursday 12 March; Tuesday 3 March was a holiday. Three
 * inquiries (answer in 2 working days), two membership applications (the committee decides), a certificate type with
 * no request, and one request of a type no longer listed.
 */
class PromisesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final ReviewCalendar DAYS = new ReviewCalendar(Set.of(LocalDate.of(2026, 3, 3)));
    private static final DayRange MARCH = new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final List<Promises.Type> TYPES = List.of(new Promises.Type("INQUIRY", false, 2),
            new Promises.Type("MEMBERSHIP_APPLICATION", true, 5), new Promises.Type("CERTIFICATE", false, 3));

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static Promises report(List<Promises.Open> open) {
        return Promises.of(MARCH, TODAY, TYPES, List.of(
                new Promises.Filed("INQUIRY", march(1), march(2), march(4), march(4)),
                new Promises.Filed("INQUIRY", march(2), march(2), march(8), march(5)),
                new Promises.Filed("INQUIRY", march(5), null, null, null),
                new Promises.Filed("MEMBERSHIP_APPLICATION", march(1), march(4), march(12), march(19)),
                new Promises.Filed("MEMBERSHIP_APPLICATION", march(2), march(5), march(10), null),
                new Promises.Filed("OLD_TYPE", march(8), null, null, null)), open, DAYS);
    }

    @Test
    void eachTypeCountsWorkingDaysToIntakeAndToTheAnswerAndTheAnswersKept() {
        Promises promises = report(List.of());
        assertThat(promises.types()).extracting(PromiseRow::typeCode)
                .containsExactly("INQUIRY", "MEMBERSHIP_APPLICATION", "CERTIFICATE", "OLD_TYPE");
        assertThat(promises.types().get(0)).isEqualTo(
                new PromiseRow("INQUIRY", false, 2, 3, 2, 0.5, 2, 2.5, 1, 50));
        assertThat(promises.types().get(1)).as("decided with the clock stopped: no promise, not kept").isEqualTo(
                new PromiseRow("MEMBERSHIP_APPLICATION", true, 5, 2, 2, 2.0, 2, 6.5, 1, 50));
        assertThat(promises.types().get(2)).isEqualTo(
                new PromiseRow("CERTIFICATE", false, 3, 0, 0, null, 0, null, 0, null));
        assertThat(promises.types().get(3)).isEqualTo(
                new PromiseRow("OLD_TYPE", false, null, 1, 0, null, 0, null, 0, null));
        assertThat(promises.all()).isEqualTo(new PromiseRow(null, false, null, 6, 4, 1.5, 4, 4.0, 2, 50));
    }

    @Test
    void theShareIsRoundedHalfUpAndUnsetWhenNothingWasAnswered() {
        assertThat(Promises.percent(2, 3)).isEqualTo(67);
        assertThat(Promises.percent(1, 3)).isEqualTo(33);
        assertThat(Promises.percent(1, 8)).isEqualTo(13);
        assertThat(Promises.percent(0, 0)).isNull();
    }

    @Test
    void theLongestOpenAreTenWithTheirStageAndWorkingDaysWaited() {
        List<Promises.Open> open = new ArrayList<>();
        open.add(new Promises.Open("2026-000001", RequestStatus.SUBMITTED, LocalDate.of(2026, 2, 24)));
        open.add(new Promises.Open("2026-000002", RequestStatus.WITH_COMMITTEE, march(2)));
        IntStream.range(0, 10).forEach(i -> open.add(new Promises.Open("2026-00001" + i, RequestStatus.IN_INTAKE,
                march(10))));
        Promises promises = report(open);
        assertThat(promises.longestOpen()).hasSize(10);
        assertThat(promises.longestOpen().get(0)).isEqualTo(
                new Promises.Waiting("2026-000001", RequestStatus.SUBMITTED, LocalDate.of(2026, 2, 24), 11));
        assertThat(promises.longestOpen().get(1)).as("the 3rd was closed").isEqualTo(
                new Promises.Waiting("2026-000002", RequestStatus.WITH_COMMITTEE, march(2), 7));
        assertThat(promises.longestOpen().get(9).workingDays()).isEqualTo(2);
    }
}
