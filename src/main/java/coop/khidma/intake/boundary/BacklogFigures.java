package coop.khidma.intake.boundary;

import coop.khidma.intake.control.AgeBucket;
import coop.khidma.intake.control.Ageing;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.time.OfficeCalendar;
import coop.khidma.platform.time.WorkingDays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What is waiting too long (report 5 of the board's reports; policy's general objective: members' transactions
 * completed "with speed"): the open requests today by the stage they stand in and the working days since they were
 * filed. The office's calendar turns each age bucket into a range of filing days; the database counts each range by
 * status (index {@code ix_service_request_status}); no request is read, no one is named.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class BacklogFigures {

    private static final Instant EVER = Instant.EPOCH;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar office;

    /** Today's backlog, as the office's clock reads today in Riyadh. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN}) // and admins, for the board pack
    public Ageing ageing() {
        return ageing(clock.instant().atZone(HijriDates.RIYADH).toLocalDate());
    }

    /**
     * The requests filed up to the end of {@code today} and open now, by the stage they stand in and the working days
     * from their filing to {@code today}.
     */
    public Ageing ageing(LocalDate today) {
        Objects.requireNonNull(today, "today");
        WorkingDays days = office.workingDays();
        Map<AgeBucket, Map<RequestStatus, Long>> counts = new EnumMap<>(AgeBucket.class);
        Instant until = today.plusDays(1).atStartOfDay(HijriDates.RIYADH).toInstant();
        for (AgeBucket bucket : AgeBucket.values()) {
            Instant from = bucket == AgeBucket.OVER_10 ? EVER
                    : Ageing.filedOnOrAfter(today, bucket.most(), days).atStartOfDay(HijriDates.RIYADH).toInstant();
            counts.put(bucket, count(from, until));
            until = from;
        }
        return Ageing.of(today, counts);
    }

    private Map<RequestStatus, Long> count(Instant from, Instant until) {
        return em.createQuery("""
                        SELECT r.status, COUNT(r) FROM ServiceRequest r
                        WHERE r.status IN :open AND r.submittedAt >= :from AND r.submittedAt < :until
                        GROUP BY r.status""", Object[].class)
                .setParameter("open", Ageing.STAGES).setParameter("from", from).setParameter("until", until)
                .getResultStream()
                .collect(Collectors.toMap(row -> (RequestStatus) row[0], row -> ((Number) row[1]).longValue()));
    }
}
