package coop.khidma.intake.boundary;

import coop.khidma.intake.control.Volume;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How much each of the policy's channels is used (policy: "channels used to communicate with members"): the requests
 * filed in a period, counted by channel, type and the status they stand in now, for the supervisor's and the
 * director's home. The database counts; no request is read.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class ChannelFigures {

    @PersistenceContext
    EntityManager em;

    /**
     * The requests submitted from the first day of {@code period} to its last (Riyadh days), one count per channel,
     * type and status that has any, in the channels' order (the policy's seven, then the kiosk), then by type and by
     * status in the workflow's order.
     */
    public List<ChannelCount> counts(DayRange period) {
        Objects.requireNonNull(period, "period");
        return em.createQuery("""
                        SELECT r.channel, r.typeCode, r.status, COUNT(r) FROM ServiceRequest r
                        WHERE r.submittedAt >= :start AND r.submittedAt < :end
                        GROUP BY r.channel, r.typeCode, r.status""", Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end())
                .getResultStream()
                .map(row -> new ChannelCount((Channel) row[0], (String) row[1], (RequestStatus) row[2],
                        ((Number) row[3]).longValue()))
                .sorted(Comparator.comparing(ChannelCount::channel).thenComparing(ChannelCount::typeCode)
                        .thenComparing(ChannelCount::status))
                .toList();
    }

    /**
     * Report 1: the requests of {@code period} by channel, type and outcome, each beside the period before it (the
     * month before in the same calendar, else as many days before); two of the counts above, no request read.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN}) // and admins, for the board pack
    public Volume volume(DayRange period) {
        Objects.requireNonNull(period, "period");
        return Volume.of(period, asCounts(counts(period)), asCounts(counts(period.previous())));
    }

    private static List<Volume.Count> asCounts(List<ChannelCount> counts) {
        return counts.stream()
                .map(count -> new Volume.Count(count.channel(), count.typeCode(), count.status(), count.requests()))
                .toList();
    }
}
