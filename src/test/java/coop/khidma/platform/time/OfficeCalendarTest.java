package coop.khidma.platform.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeCalendarTest {

    /** Counts its reads; every day but Friday works (a stand-in for the holidays' table). */
    private final AtomicInteger reads = new AtomicInteger();
    private final OfficeCalendar calendar = () -> {
        reads.incrementAndGet();
        return (day, n) -> {
            LocalDate working = day;
            for (int i = 0; i < n; i++) {
                working = working.plusDays(working.plusDays(1).getDayOfWeek() == DayOfWeek.FRIDAY ? 2 : 1);
            }
            return working;
        };
    };

    @Test
    void nothingCountedReadsNoCalendar() {
        calendar.whenCounted();
        assertThat(reads).hasValue(0);
    }

    @Test
    void theCalendarIsReadOnceForEverythingCountedWithIt() {
        WorkingDays days = calendar.whenCounted();
        // Thursday 5 March 2026: two working days on is Sunday the 8th (Friday the 6th off)
        assertThat(days.addWorkingDays(LocalDate.of(2026, 3, 5), 2)).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(days.addWorkingDays(LocalDate.of(2026, 3, 1), 2)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(days.between(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 8))).isEqualTo(2);
        assertThat(reads).hasValue(1);
    }

    @Test
    void eachAnswerReadsTheCalendarAsItStandsThen() {
        calendar.whenCounted().addWorkingDays(LocalDate.of(2026, 3, 1), 1);
        calendar.whenCounted().addWorkingDays(LocalDate.of(2026, 3, 1), 1);
        assertThat(reads).hasValue(2);
    }
}
