package coop.khidma.reception.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.Channel;
import coop.khidma.platform.i18n.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketTest {

    private static final Instant NINE = Instant.parse("2026-11-25T06:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void aTicketIsNumberedByServiceLetterAndWaits() {
        Ticket ticket = Ticket.take(CounterService.MEMBER_SERVICES, DAY, 7, Channel.KIOSK, NINE);
        assertThat(ticket.displayNumber()).isEqualTo("A-007");
        assertThat(Ticket.displayNumber(CounterService.INQUIRIES, 123)).isEqualTo("C-123");
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.taken()).extracting(Change::subject, Change::action, Change::after, Change::actor)
                .containsExactly("2026-11-25/A-007", "take", "WAITING", Change.KIOSK);
    }

    @Test
    void calledToADeskThenServedWithItsServiceTime() {
        Ticket ticket = Ticket.take(CounterService.MEMBERSHIP, DAY, 1, Channel.KIOSK, NINE);
        Change called = ticket.call(" Desk 2 ", "fahad", NINE.plusSeconds(60));
        assertThat(called.before()).isEqualTo("WAITING");
        assertThat(called.after()).isEqualTo("CALLED");
        assertThat(ticket.desk()).isEqualTo("Desk 2");
        assertThat(ticket.serviceTime()).isEmpty();

        Change served = ticket.served("fahad", NINE.plusSeconds(60 + 420));
        assertThat(served.after()).isEqualTo("SERVED");
        assertThat(ticket.serviceTime()).contains(Duration.ofMinutes(7));
    }

    @Test
    void aNoShowClosesTheTicketWithoutAServiceTime() {
        Ticket ticket = Ticket.take(CounterService.MEMBERSHIP, DAY, 1, Channel.KIOSK, NINE);
        ticket.call("Desk 1", "fahad", NINE);
        assertThat(ticket.noShow("fahad", NINE.plusSeconds(120)).after()).isEqualTo("NO_SHOW");
        assertThat(ticket.serviceTime()).isEmpty();
    }

    @Test
    void stepsOutOfOrderBreakTheirRules() {
        Ticket ticket = Ticket.take(CounterService.INQUIRIES, DAY, 3, Channel.KIOSK, NINE);
        assertThatThrownBy(() -> ticket.served("fahad", NINE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("rule.ticket.notCalled"));
        assertThatThrownBy(() -> ticket.call("  ", "fahad", NINE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("rule.ticket.desk"));
        ticket.call("Desk 1", "fahad", NINE);
        assertThatThrownBy(() -> ticket.call("Desk 2", "sara", NINE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("rule.ticket.notWaiting"));
    }

    @Test
    void onlyTodaysTicketAtADeskLeadsToARequest() {
        Ticket ticket = Ticket.take(CounterService.MEMBER_SERVICES, DAY, 7, Channel.KIOSK, NINE);
        assertThatThrownBy(() -> ticket.requireAtDesk(DAY)).as("still waiting")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("rule.ticket.notAtDesk"));
        ticket.call("Desk 1", "fahad", NINE.plusSeconds(60));
        ticket.requireAtDesk(DAY);
        assertThatThrownBy(() -> ticket.requireAtDesk(DAY.plusDays(1))).as("yesterday's ticket")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("rule.ticket.notAtDesk"));
        ticket.served("fahad", NINE.plusSeconds(600));
        ticket.requireAtDesk(DAY);

        Ticket gone = Ticket.take(CounterService.MEMBER_SERVICES, DAY, 8, Channel.KIOSK, NINE);
        gone.call("Desk 1", "fahad", NINE);
        gone.noShow("fahad", NINE.plusSeconds(120));
        assertThatThrownBy(() -> gone.requireAtDesk(DAY)).as("nobody came")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("rule.ticket.notAtDesk"));
    }
}
