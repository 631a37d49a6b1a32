package coop.khidma.platform.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPeriodTest {

    @Test
    void saudiWeeksStartOnSundayAndMonthsOnTheFirst() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        assertThat(ReportPeriod.WEEK.start(wednesday)).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(ReportPeriod.WEEK.start(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(ReportPeriod.MONTH.start(wednesday)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(ReportPeriod.MONTH.starts(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 1)))
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
        assertThat(ReportPeriod.WEEK.starts(wednesday, wednesday.minusDays(10))).isEmpty();
    }
}
