package coop.khidma.review.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The node's copy of the calendar is used for its own stamp only; any other stamp reads the holidays again. */
class NodeCalendarTest {

    private static final LocalDate SATURDAY = LocalDate.of(2031, 1, 4);
    private static final LocalDate SUNDAY = LocalDate.of(2031, 1, 5);
    private static final LocalDate MONDAY = LocalDate.of(2031, 1, 6);

    private final NodeCalendar node = new NodeCalendar();
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<Set<LocalDate>> holidays(LocalDate... days) {
        return () -> {
            reads.incrementAndGet();
            return Set.of(days);
        };
    }

    @Test
    void theSameStampReadsTheHolidaysOnceOnThisNode() {
        ReviewCalendar first = node.calendar("stamp-1", holidays());
        ReviewCalendar second = node.calendar("stamp-1", holidays(SUNDAY));

        assertThat(reads).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(second.addWorkingDays(SATURDAY, 1)).isEqualTo(SUNDAY);
    }

    @Test
    void aStampAnotherNodesChangeGaveReadsTheHolidaysAgainAndTheNewDayCountsAtOnce() {
        assertThat(node.calendar("stamp-1", holidays()).addWorkingDays(SATURDAY, 1)).isEqualTo(SUNDAY);

        assertThat(node.calendar("stamp-2", holidays(SUNDAY)).addWorkingDays(SATURDAY, 1)).isEqualTo(MONDAY);
        assertThat(node.calendar("stamp-2", holidays()).addWorkingDays(SATURDAY, 1)).isEqualTo(MONDAY);
        assertThat(reads).hasValue(2);
    }

    @Test
    void onlyTheLastCopyIsKeptSoAnEarlierStampReadsAgainToo() {
        node.calendar("stamp-1", holidays());
        node.calendar("stamp-2", holidays(SUNDAY));

        assertThat(node.calendar("stamp-1", holidays()).addWorkingDays(SATURDAY, 1)).isEqualTo(SUNDAY);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aStampThatDiffersOnlyInCaseIsAnotherStamp() {
        node.calendar("9f1c-ab", holidays());

        assertThat(node.calendar("9F1C-AB", holidays(SUNDAY)).addWorkingDays(SATURDAY, 1)).isEqualTo(MONDAY);
        assertThat(reads).hasValue(2);
    }

    @Test
    void withoutAStampThereIsNoCopyToTrust() {
        assertThatThrownBy(() -> node.calendar(null, holidays())).isInstanceOf(NullPointerException.class);
        assertThat(reads).hasValue(0);
    }
}
