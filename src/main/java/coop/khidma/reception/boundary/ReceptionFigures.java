package coop.khidma.reception.boundary;

import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.reception.control.ReceptionHours;
import coop.khidma.reception.entity.CounterService;
import coop.khidma.reception.entity.TicketStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The counter's busy hours for the board (report 6; policy clause 1), so the office can staff its desks: the tickets of
 * a period's days (index {@code ix_queue_ticket_day_status}) by service, status and their three moments only — never
 * the desk or who called them.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class ReceptionFigures {

    @PersistenceContext
    EntityManager em;

    /** The tickets taken from the first day of {@code period} to its last, by service and hour. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN}) // and admins, for the board pack
    public ReceptionHours reception(DayRange period) {
        Objects.requireNonNull(period, "period");
        return ReceptionHours.of(period, em.createQuery("""
                        SELECT t.service, t.status, t.takenAt, t.calledAt, t.closedAt FROM Ticket t
                        WHERE t.day >= :from AND t.day <= :to""", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultStream()
                .map(row -> {
                    TicketStatus status = (TicketStatus) row[1];
                    Instant taken = (Instant) row[2], called = (Instant) row[3], closed = (Instant) row[4];
                    return new ReceptionHours.Visit((CounterService) row[0], status,
                            taken.atZone(HijriDates.RIYADH).toLocalDateTime(),
                            called == null ? null : Duration.between(taken, called),
                            status == TicketStatus.SERVED && called != null && closed != null
                                    ? Duration.between(called, closed) : null);
                })
                .toList());
    }
}
