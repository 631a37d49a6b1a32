package coop.khidma.reception.control;

import coop.khidma.intake.entity.Channel;
import coop.khidma.reception.entity.CounterService;
import coop.khidma.reception.entity.Ticket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DayFiguresTest {

    private static final Instant NINE = Instant.parse("2026-11-25T06:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void eachServiceCountsItsLineAndAveragesWaitAndServiceTimes() {
        Ticket servedAfterTenMinutes = ticket(CounterService.MEMBER_SERVICES, 1);
        servedAfterTenMinutes.call("Desk 1", "fahad", NINE.plus(Duration.ofMinutes(10)));
        servedAfterTenMinutes.served("fahad", NINE.plus(Duration.ofMinutes(16)));
        Ticket noShowAfterTwenty = ticket(CounterService.MEMBER_SERVICES, 2);
        noShowAfterTwenty.call("Desk 1", "fahad", NINE.plus(Duration.ofMinutes(20)));
        noShowAfterTwenty.noShow("fahad", NINE.plus(Duration.ofMinutes(22)));
        Ticket atDesk = ticket(CounterService.MEMBER_SERVICES, 3);
        atDesk.call("Desk 2", "sara", NINE.plus(Duration.ofMinutes(30)));
        Ticket waiting = ticket(CounterService.MEMBER_SERVICES, 4);
        Ticket otherLine = ticket(CounterService.INQUIRIES, 1);

        List<DayFigures.Figures> day = DayFigures.of(List.of(servedAfterTenMinutes, noShowAfterTwenty, atDesk, waiting,
                otherLine));

        assertThat(day).extracting(DayFigures.Figures::service).containsExactly(CounterService.values());
        DayFigures.Figures members = day.get(0);
        assertThat(members.waiting()).isEqualTo(1);
        assertThat(members.atDesk()).isEqualTo(1);
        assertThat(members.served()).isEqualTo(1);
        assertThat(members.noShow()).isEqualTo(1);
        assertThat(members.averageWait()).contains(Duration.ofMinutes(20));
        assertThat(members.averageService()).contains(Duration.ofMinutes(6));
    }

    @Test
    void aLineNobodyHasReachedYetHasNoAverages() {
        DayFigures.Figures inquiries = DayFigures.of(List.of(ticket(CounterService.INQUIRIES, 1))).get(2);
        assertThat(inquiries.waiting()).isEqualTo(1);
        assertThat(inquiries.averageWait()).isEmpty();
        assertThat(inquiries.averageService()).isEmpty();
        assertThat(DayFigures.of(List.of()).get(1).served()).isZero();
    }

    private static Ticket ticket(CounterService service, int number) {
        return Ticket.take(service, DAY, number, Channel.KIOSK, NINE);
    }
}
