package coop.khidma.reception.boundary;

import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.ReportPeriod;
import coop.khidma.reception.control.WaitingFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The counter's waiting times for supervisors and the executive director, per week or month, to read beside
 * satisfaction: from the ticket's taking to its call, over every desk together (see {@link WaitingFigures}).
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class WaitingTimes {

    @PersistenceContext
    EntityManager em;

    public List<WaitingFigures.Point> byPeriod(LocalDate from, LocalDate to, ReportPeriod period) {
        return WaitingFigures.byPeriod(em.createQuery("SELECT t.day, t.takenAt, t.calledAt FROM Ticket t "
                        + "WHERE t.day BETWEEN :from AND :to AND t.calledAt IS NOT NULL", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(row -> new WaitingFigures.Wait((LocalDate) row[0],
                        Duration.between((Instant) row[1], (Instant) row[2])))
                .toList(), period, from, to);
    }
}
