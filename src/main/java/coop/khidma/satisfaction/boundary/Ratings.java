package coop.khidma.satisfaction.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import coop.khidma.satisfaction.control.RatingFigures;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.Rating;
import coop.khidma.satisfaction.entity.RatingChannel;
import coop.khidma.satisfaction.entity.ReplyRequest;
import coop.khidma.satisfaction.entity.Suggestion;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import coop.khidma.platform.time.ReportPeriod;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Ratings: the kiosk gives them, anonymously; supervisors and the executive director read them only as figures per
 * service and channel, and only for groups of at least {@link RatingFigures#MINIMUM_GROUP}. A rating is not written
 * to the audit trail: the trail records who and when, which would undo its anonymity; a rating never changes.
 */
@Stateless
public class Ratings {

    public static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    KioskThrottle throttle;

    @Inject
    Clock clock;

    /**
     * A kiosk visitor's rating, with their comment or suggestion and, if they asked, their contact for a reply (kept
     * apart: the text then goes with the contact, not with the score). Breaks {@code rule.rating.tooSoon} when this
     * device rated moments ago, or the rules of the parts.
     */
    @PermitAll
    public void rate(String deviceToken, Feedback feedback) {
        rate(deviceToken, null, RatingChannel.KIOSK, feedback);
    }

    /**
     * The same from a registered kiosk device ({@code kiosk}: a name for the device that is not its secret), which
     * gives at most {@value KioskThrottle#PER_KIOSK_PER_MINUTE} ratings a minute whoever stands at it.
     */
    @PermitAll
    public void rateAtKiosk(String visitorToken, String kiosk, Feedback feedback) {
        rate(visitorToken, kiosk, RatingChannel.KIOSK, feedback);
    }

    /**
     * A rating given on another public channel (the website: {@code deviceToken} is then the client's address, kept in
     * memory only for the throttle), with the same rules as at the kiosk.
     */
    @PermitAll
    public void rate(String deviceToken, RatingChannel channel, Feedback feedback) {
        rate(deviceToken, null, channel, feedback);
    }

    private void rate(String deviceToken, String kiosk, RatingChannel channel, Feedback feedback) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, RIYADH);
        boolean keepTextWithScore = feedback.hasText() && !feedback.suggestion() && !feedback.wantsReply();
        Rating rating = new Rating(feedback.service(), channel, feedback.score(),
                keepTextWithScore ? feedback.text() : null, today);
        Suggestion suggestion = feedback.hasText() && feedback.suggestion()
                ? new Suggestion(feedback.service(), feedback.text(), today) : null;
        ReplyRequest reply = feedback.wantsReply() ? new ReplyRequest(feedback.replyName(),
                SaudiMobile.parse(feedback.replyMobile()), feedback.text(), suggestion, now) : null;
        if (!throttle.tryAcquire(deviceToken, kiosk, now)) {
            throw new DomainException("rule.rating.tooSoon");
        }
        em.persist(rating);
        if (suggestion != null) {
            em.persist(suggestion);
            em.flush();
            audit.record(suggestion.received(actor(channel), now));
        }
        if (reply != null) {
            em.persist(reply);
            em.flush();
            audit.record(reply.requested(actor(channel)));
        }
    }

    /** Who the audit trail names for an anonymous visitor on the channel: {@code kiosk}, {@code website} … */
    static String actor(RatingChannel channel) {
        return channel == RatingChannel.KIOSK ? Change.KIOSK : channel.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The rating of a counter visit the kiosk found served today ({@code visit} names it, see
     * {@link coop.khidma.reception.boundary.Queue#servedToday}): stored like any rating but through the COUNTER
     * channel, for the service of that counter, and never with the visit, the desk or who served. Each visit may be
     * rated once. Breaks {@code rule.rating.visitRated}, {@code rule.rating.tooSoon} or the rules of the parts.
     */
    @PermitAll
    public void rateVisit(String deviceToken, String visit, Feedback feedback) {
        rateVisit(deviceToken, null, visit, feedback);
    }

    /** The same from a registered kiosk device (see {@link #rateAtKiosk}). */
    @PermitAll
    public void rateVisit(String deviceToken, String kiosk, String visit, Feedback feedback) {
        Instant now = clock.instant();
        Rating rating = new Rating(feedback.service(), RatingChannel.COUNTER, feedback.score(),
                feedback.hasText() ? feedback.text() : null, LocalDate.ofInstant(now, RIYADH));
        if (!throttle.tryAcquire(deviceToken, kiosk, now)) {
            throw new DomainException("rule.rating.tooSoon");
        }
        if (!throttle.firstRatingOf(visit, rating.ratedOn())) {
            throw new DomainException("rule.rating.visitRated");
        }
        em.persist(rating);
    }

    /** Figures per service and channel for the days from … to (inclusive, Riyadh days); small groups withheld. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
    public List<RatingFigures.Group> figures(LocalDate from, LocalDate to) {
        return RatingFigures.of(em.createQuery("SELECT r.service, r.channel, r.score, COUNT(r) FROM Rating r "
                        + "WHERE r.ratedOn BETWEEN :from AND :to GROUP BY r.service, r.channel, r.score", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(row -> new RatingFigures.Count(row[0].toString(), row[1].toString(), ((Number) row[2]).intValue(),
                        ((Number) row[3]).longValue()))
                .toList());
    }

    /**
     * Report 7 of the board's reports: the figures per service over every channel, then all services together, for the
     * days of {@code period}; the database counts per service and score, and small groups are withheld.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public List<RatingFigures.Group> byService(DayRange period) {
        return RatingFigures.byService(em.createQuery("SELECT r.service, r.score, COUNT(r) FROM Rating r "
                        + "WHERE r.ratedOn BETWEEN :from AND :to GROUP BY r.service, r.score", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultStream()
                .map(row -> new RatingFigures.Count(row[0].toString(), "", ((Number) row[1]).intValue(),
                        ((Number) row[2]).longValue()))
                .toList(), Arrays.stream(RatedService.values()).map(Enum::name).toList());
    }

    /**
     * The average per week or month from … to, for one service and one channel or all of them ({@code null}); a
     * period's figures are withheld below {@link RatingFigures#MINIMUM_GROUP} ratings.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
    public List<RatingFigures.Point> trend(LocalDate from, LocalDate to, ReportPeriod period, RatedService service,
                                           RatingChannel channel) {
        var query = em.createQuery("SELECT r.ratedOn, r.score, COUNT(r) FROM Rating r "
                        + "WHERE r.ratedOn BETWEEN :from AND :to"
                        + (service == null ? "" : " AND r.service = :service")
                        + (channel == null ? "" : " AND r.channel = :channel") + " GROUP BY r.ratedOn, r.score",
                Object[].class).setParameter("from", from).setParameter("to", to);
        if (service != null) {
            query.setParameter("service", service);
        }
        if (channel != null) {
            query.setParameter("channel", channel);
        }
        return RatingFigures.trend(query.getResultStream()
                .map(row -> new RatingFigures.DayCount((LocalDate) row[0], ((Number) row[1]).intValue(),
                        ((Number) row[2]).longValue()))
                .toList(), period, from, to);
    }

    /**
     * The ratings of {@value LowRating#HIGHEST_LOW} or less on one service over the days given, lowest first, each
     * with its comment but without its day (nothing that could point at a shift) — only when that service got at
     * least {@link RatingFigures#MINIMUM_GROUP} ratings then. Breaks {@code rule.rating.tooFew}.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
    public List<LowRating> lowRatings(RatedService service, LocalDate from, LocalDate to) {
        requireGroup(service, from, to);
        return em.createQuery("SELECT r FROM Rating r WHERE r.service = :service AND r.score <= :low "
                        + "AND r.ratedOn BETWEEN :from AND :to ORDER BY r.score, r.id", Rating.class)
                .setParameter("service", service).setParameter("low", LowRating.HIGHEST_LOW)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream().map(LowRating::of).toList();
    }

    /**
     * The anonymous comments on one service over the days given, newest day first — only when that service got at
     * least {@link RatingFigures#MINIMUM_GROUP} ratings then. Breaks {@code rule.rating.tooFew}.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
    public List<String> comments(RatedService service, LocalDate from, LocalDate to) {
        requireGroup(service, from, to);
        return em.createQuery("SELECT r.comment FROM Rating r WHERE r.service = :service AND r.comment IS NOT NULL "
                        + "AND r.ratedOn BETWEEN :from AND :to ORDER BY r.ratedOn DESC", String.class)
                .setParameter("service", service).setParameter("from", from).setParameter("to", to).getResultList();
    }

    private void requireGroup(RatedService service, LocalDate from, LocalDate to) {
        long ratings = em.createQuery("SELECT COUNT(r) FROM Rating r WHERE r.service = :service "
                        + "AND r.ratedOn BETWEEN :from AND :to", Long.class)
                .setParameter("service", service).setParameter("from", from).setParameter("to", to).getSingleResult();
        RatingFigures.requireGroup(ratings);
    }
}
