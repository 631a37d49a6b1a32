package coop.khidma.reception.control;

import coop.khidma.platform.time.ReportPeriod;
import coop.khidma.reception.control.WaitingFigures.Point;
import coop.khidma.reception.control.WaitingFigures.Wait;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    @Test
    void aPeriodShowsTheAverageWaitOnlyWithFiveCalledTickets() {
        List<Wait> four = Collections.nCopies(4, new Wait(DAY, Duration.ofMinutes(10)));
        assertThat(WaitingFigures.byPeriod(four, ReportPeriod.MONTH, DAY, DAY).get(0).tooFew()).isTrue();

        List<Wait> five = List.of(new Wait(DAY, Duration.ofMinutes(10)), new Wait(DAY, Duration.ofMinutes(10)),
                new Wait(DAY, Duration.ofMinutes(5)), new Wait(DAY, Duration.ofMinutes(4)),
                new Wait(DAY, Duration.ofSeconds(90)));
        Point point = WaitingFigures.byPeriod(five, ReportPeriod.MONTH, DAY, DAY).get(0);
        assertThat(point.period()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(point.tickets()).contains(5L);
        assertThat(point.averageMinutes()).contains(new BigDecimal("6.1"));
    }
}
