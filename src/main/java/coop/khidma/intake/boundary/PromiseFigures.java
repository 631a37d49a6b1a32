package coop.khidma.intake.boundary;

import coop.khidma.intake.control.Ageing;
import coop.khidma.intake.control.Promises;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.time.OfficeCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Are the promises kept (report 2 of the board's reports; policy's general objective: transactions completed "with
 * speed")? For the requests filed in a period, the database gives each one's type and four moments from one index
 * ({@code ix_service_request_promises}) — never a name, a detail or an answer — and the ten oldest open requests by
 * reference and stage ({@code ix_service_request_status}).
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class PromiseFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar office;

    /** The requests filed from the first day of {@code period} to its last (Riyadh days), and today's longest open. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN}) // and admins, for the board pack
    public Promises promises(DayRange period) {
        Objects.requireNonNull(period, "period");
        List<Promises.Type> types = em.createQuery(
                        "SELECT t.code, t.needsCommittee, t.answerWorkingDays FROM RequestType t ORDER BY t.code",
                        Object[].class)
                .getResultStream()
                .map(row -> new Promises.Type((String) row[0], (Boolean) row[1], ((Number) row[2]).intValue()))
                .toList();
        List<Promises.Filed> filed = em.createQuery("""
                        SELECT r.typeCode, r.submittedAt, r.intakeCompletedAt, r.answeredAt, r.answerPromisedOn
                        FROM ServiceRequest r WHERE r.submittedAt >= :start AND r.submittedAt < :end""", Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end())
                .getResultStream()
                .map(row -> new Promises.Filed((String) row[0], day(row[1]), day(row[2]), day(row[3]),
                        (LocalDate) row[4]))
                .toList();
        List<Promises.Open> open = em.createQuery("""
                        SELECT r.reference, r.status, r.submittedAt FROM ServiceRequest r
                        WHERE r.status IN :open ORDER BY r.submittedAt, r.id""", Object[].class)
                .setParameter("open", Ageing.STAGES)
                .setMaxResults(Promises.LONGEST)
                .getResultStream()
                .map(row -> new Promises.Open((String) row[0], (RequestStatus) row[1], day(row[2])))
                .toList();
        return Promises.of(period, clock.instant().atZone(HijriDates.RIYADH).toLocalDate(), types, filed, open,
                office.workingDays());
    }

    private static LocalDate day(Object at) {
        return at == null ? null : ((Instant) at).atZone(HijriDates.RIYADH).toLocalDate();
    }
}
