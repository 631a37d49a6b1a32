package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.html.Div;
import coop.khidma.intake.entity.CounterTicket;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.reception.boundary.Queue.TicketRow;
import coop.khidma.ui.console.Facts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The counter visit the request was opened or found at: the ticket's number and day, and, from the queue, how long
 * the visitor waited to be called and how long the desk took, so waiting time and case time are read together.
 */
public class CounterVisitFacts extends Div {

    public CounterVisitFacts(CounterTicket ticket, Optional<TicketRow> row) {
        addClassName("request-facts");
        Facts.fact(this, "request-ticket", "console.request.ticket", ticket.number());
        Facts.fact(this, "request-ticket-day", "console.request.ticketDay", HijriDates.both(ticket.day(), getLocale()));
        row.filter(called -> called.calledAt() != null).ifPresent(called -> Facts.fact(this, "request-ticket-waited",
                "reception.waited", minutes(called.takenAt(), called.calledAt())));
        row.filter(closed -> closed.calledAt() != null && closed.closedAt() != null).ifPresent(closed ->
                Facts.fact(this, "request-ticket-desk", "console.request.ticketDesk",
                        minutes(closed.calledAt(), closed.closedAt())));
    }

    private String minutes(Instant from, Instant to) {
        return getTranslation("reception.minutes", Math.max(0, (Duration.between(from, to).toSeconds() + 30) / 60));
    }
}
