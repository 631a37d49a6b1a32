package coop.khidma.review.control;

import coop.khidma.platform.time.DayRange;
import coop.khidma.review.entity.Decision;
import coop.khidma.review.entity.RejectionCategory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report 3 on a small fixed data set: eleven requests handed to the committee in March 2026, counted today, Tuesday 31
 * March: four accepted within the window (one of them early by the board's exception), one accepted after the
 * ceiling, three rejected (two for unpaid dues, one after the ceiling with no category, from before categories were
 * kept), one deferred and two not decided yet; three clock stops.
 */
class CommitteeWorkTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final DayRange MARCH = new DayRange(LocalDate.of(2026, 3, 1), TODAY);

    private static CommitteeWork march() {
        return CommitteeWork.of(MARCH, TODAY, List.of(
                new CommitteeWork.Count(Decision.ACCEPT, false, null, 4, 1),
                new CommitteeWork.Count(Decision.ACCEPT, true, null, 1, 0),
                new CommitteeWork.Count(Decision.REJECT, false, RejectionCategory.DUES_UNPAID, 2, 0),
                new CommitteeWork.Count(Decision.REJECT, true, null, 1, 0),
                new CommitteeWork.Count(Decision.DEFER, false, null, 1, 0),
                new CommitteeWork.Count(null, false, null, 2, 0)), List.of(
                new CommitteeWork.Stop(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)),
                new CommitteeWork.Stop(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 16)),
                new CommitteeWork.Stop(LocalDate.of(2026, 3, 29), null)));
    }

    @Test
    void decisionsFallWithinTheWindowAfterTheCeilingOrEarlyByExceptionAndTheRestIsOpen() {
        CommitteeWork work = march();
        assertThat(work.handedOver()).isEqualTo(11);
        assertThat(work.withinWindow()).isEqualTo(5);
        assertThat(work.afterCeiling()).isEqualTo(2);
        assertThat(work.earlyByException()).isEqualTo(1);
        assertThat(work.open()).as("deferred and undecided").isEqualTo(3);
        assertThat(work.accepted()).isEqualTo(5);
        assertThat(work.rejected()).isEqualTo(3);
    }

    @Test
    void clockStopsCountTheirCalendarDaysBothEndsAndAnOpenOneUpToToday() {
        CommitteeWork work = march();
        assertThat(work.stops()).isEqualTo(3);
        assertThat(work.daysStopped()).as("1 + 7 + 3").isEqualTo(11);
    }

    @Test
    void rejectionsAreCountedByCategoryEveryCategoryShownAndAnOldOneAsAnotherReason() {
        CommitteeWork work = march();
        assertThat(work.rejections()).containsEntry(RejectionCategory.DUES_UNPAID, 2L)
                .containsEntry(RejectionCategory.OTHER, 1L).containsEntry(RejectionCategory.OUTSIDE_POLICY, 0L)
                .hasSize(6);
        List<CommitteeWork.Line> lines = work.lines();
        assertThat(lines).hasSize(15);
        assertThat(lines.get(0)).isEqualTo(new CommitteeWork.Line("handedOver", null, 11));
        assertThat(lines.get(6)).isEqualTo(new CommitteeWork.Line("daysStopped", null, 11));
        assertThat(lines.get(12)).isEqualTo(new CommitteeWork.Line("rejectedFor", RejectionCategory.DUES_UNPAID, 2));
    }

    @Test
    void nothingHandedOverIsAllZeros() {
        CommitteeWork work = CommitteeWork.of(MARCH, TODAY, List.of(), List.of());
        assertThat(work.lines()).allSatisfy(line -> assertThat(line.value()).isZero());
    }
}
