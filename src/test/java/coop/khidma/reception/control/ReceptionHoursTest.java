package coop.khidma.reception.control;

import coop.khidma.platform.time.DayRange;
import coop.khidma.reception.control.ReceptionHours.HourRow;
import coop.khidma.reception.entity.TicketStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static coop.khidma.reception.entity.CounterService.INQUIRIES;
import static coop.khidma.reception.entity.CounterService.MEMBER_SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report 6 on a small fixed data set, March 2026: five member-service tickets served on Sunday the 1st between 9 and
 * 10 (waiting 4, 6, 8, 10 and 12 minutes, served 10 minutes each), one called on Monday at 10 that did not come, an
 * inquiry served on Sunday at 9:15 and one still waiting on Thursday at 13:00.
 */
class ReceptionHoursTest {

    private static final DayRange MARCH = new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    private static ReceptionHours march() {
        List<ReceptionHours.Visit> visits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            visits.add(new ReceptionHours.Visit(MEMBER_SERVICES, TicketStatus.SERVED,
                    LocalDateTime.of(2026, 3, 1, 9, 10 + 10 * i), Duration.ofMinutes(4 + 2 * i),
                    Duration.ofMinutes(10)));
        }
        visits.add(new ReceptionHours.Visit(MEMBER_SERVICES, TicketStatus.NO_SHOW, LocalDateTime.of(2026, 3, 2, 10, 5),
                Duration.ofMinutes(3), null));
        visits.add(new ReceptionHours.Visit(INQUIRIES, TicketStatus.SERVED, LocalDateTime.of(2026, 3, 1, 9, 15),
                Duration.ofMinutes(2), Duration.ofMinutes(5)));
        visits.add(new ReceptionHours.Visit(INQUIRIES, TicketStatus.WAITING, LocalDateTime.of(2026, 3, 5, 13, 0),
                null, null));
        return ReceptionHours.of(MARCH, visits);
    }

    private static BigDecimal minutes(String value) {
        return new BigDecimal(value);
    }

    @Test
    void eachServiceByHourThenAllDayWithNoShowsAndAveragesOnlyOverFiveTickets() {
        ReceptionHours hours = march();
        assertThat(hours.rows()).containsExactly(
                new HourRow(MEMBER_SERVICES, 9, 5, 0, minutes("8.0"), minutes("10.0")),
                new HourRow(MEMBER_SERVICES, 10, 1, 1, null, null),
                new HourRow(MEMBER_SERVICES, null, 6, 1, minutes("7.2"), minutes("10.0")),
                new HourRow(INQUIRIES, 9, 1, 0, null, null),
                new HourRow(INQUIRIES, 13, 1, 0, null, null),
                new HourRow(INQUIRIES, null, 2, 0, null, null));
        assertThat(hours.all()).isEqualTo(new HourRow(null, null, 8, 1, minutes("6.4"), minutes("9.2")));
    }

    @Test
    void theHeatMapCoversEveryWeekdayFromTheFirstToTheLastHourWithTickets() {
        ReceptionHours hours = march();
        assertThat(hours.firstHour()).isEqualTo(9);
        assertThat(hours.lastHour()).isEqualTo(13);
        assertThat(hours.heat()).hasSize(35);
        assertThat(hours.heat().get(0)).isEqualTo(new ReceptionHours.Cell(DayOfWeek.SUNDAY, 9, 6));
        assertThat(hours.heat()).contains(new ReceptionHours.Cell(DayOfWeek.MONDAY, 10, 1),
                new ReceptionHours.Cell(DayOfWeek.THURSDAY, 13, 1), new ReceptionHours.Cell(DayOfWeek.FRIDAY, 11, 0));
        assertThat(hours.busiest()).isEqualTo(6);
    }

    @Test
    void noTicketsShowTheOfficesUsualHoursEmpty() {
        ReceptionHours hours = ReceptionHours.of(MARCH, List.of());
        assertThat(hours.rows()).isEmpty();
        assertThat(hours.all()).isEqualTo(new HourRow(null, null, 0, 0, null, null));
        assertThat(hours.firstHour()).isEqualTo(8);
        assertThat(hours.lastHour()).isEqualTo(15);
        assertThat(hours.busiest()).isZero();
    }
}
