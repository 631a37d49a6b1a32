package coop.khidma.review.boundary;

import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.control.CommitteeWork;
import coop.khidma.review.entity.Decision;
import coop.khidma.review.entity.RejectionCategory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The research committee's work for the board (report 3; policy item 4): the requests handed to it in a period,
 * counted by the database by decision, lateness and rejection category (index {@code ix_agenda_item_handed_over}),
 * and the stops of their clocks by their two days. Never a reason, a request or a name.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class CommitteeFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The requests handed over from the first day of {@code period} to its last, as they stand today. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN}) // and admins, for the board pack
    public CommitteeWork committee(DayRange period) {
        Objects.requireNonNull(period, "period");
        List<CommitteeWork.Count> counts = em.createQuery("""
                        SELECT a.decision, a.decidedAfterCeiling, a.rejectionCategory, COUNT(a),
                               COUNT(a.decidedBeforeFloorOn)
                        FROM AgendaItem a WHERE a.handedOverOn >= :from AND a.handedOverOn <= :to
                        GROUP BY a.decision, a.decidedAfterCeiling, a.rejectionCategory""", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultStream()
                .map(row -> new CommitteeWork.Count((Decision) row[0], (Boolean) row[1], (RejectionCategory) row[2],
                        ((Number) row[3]).longValue(), ((Number) row[4]).longValue()))
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.paused_from, p.paused_to FROM agenda_item a
                        JOIN agenda_pause p ON p.agenda_item_id = a.id
                        WHERE a.handed_over_on >= ?1 AND a.handed_over_on <= ?2""")
                .setParameter(1, period.from()).setParameter(2, period.to())
                .getResultList();
        List<CommitteeWork.Stop> stops = rows.stream()
                .map(row -> new CommitteeWork.Stop(day(row[0]), day(row[1])))
                .toList();
        return CommitteeWork.of(period, clock.instant().atZone(HijriDates.RIYADH).toLocalDate(), counts, stops);
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
