package coop.khidma.intake.control;

import coop.khidma.review.control.ReviewCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UrgencyTest {

    /** Sunday 1 March 2026; Friday and Saturday are the weekend, Tuesday the 3rd a holiday here. */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 1);
    private static final ReviewCalendar DAYS = new ReviewCalendar(Set.of(LocalDate.of(2026, 3, 3)));

    @Test
    void nothingOwedIsNoUrgency() {
        assertThat(Urgency.of(null, SUNDAY, DAYS)).isEqualTo(Urgency.NONE);
    }

    @Test
    void theDayAfterTheDueDayIsOverdueTheDueDayItselfIsNot() {
        assertThat(Urgency.of(SUNDAY.minusDays(1), SUNDAY, DAYS)).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.of(SUNDAY, SUNDAY, DAYS)).isEqualTo(Urgency.DUE_SOON);
    }

    @Test
    void dueSoonReachesTwoWorkingDaysAheadSkippingTheHoliday() {
        // Sunday + 2 working days = Monday, (Tuesday closed), Wednesday
        assertThat(Urgency.soonUntil(SUNDAY, DAYS)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(Urgency.of(LocalDate.of(2026, 3, 4), SUNDAY, DAYS)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(LocalDate.of(2026, 3, 5), SUNDAY, DAYS)).isEqualTo(Urgency.ON_TIME);
    }

    @Test
    void onThursdayTheWeekendDoesNotCount() {
        LocalDate thursday = LocalDate.of(2026, 3, 5);
        assertThat(Urgency.soonUntil(thursday, DAYS)).isEqualTo(LocalDate.of(2026, 3, 9)); // Sunday, Monday
        assertThat(Urgency.of(LocalDate.of(2026, 3, 9), thursday, DAYS)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(LocalDate.of(2026, 3, 10), thursday, DAYS)).isEqualTo(Urgency.ON_TIME);
    }
}
