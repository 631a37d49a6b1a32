package coop.khidma.satisfaction.boundary;

import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.intake.boundary.RequestClosed;
import coop.khidma.intake.boundary.TrackingAttempts;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.reception.boundary.VisitServed;
import coop.khidma.satisfaction.control.RatingInvitationLetters;
import coop.khidma.satisfaction.control.InvitedRating;
import coop.khidma.satisfaction.control.RatingCode;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.Rating;
import coop.khidma.satisfaction.entity.RatingChannel;
import coop.khidma.satisfaction.entity.RatingInvitation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Invitations to rate a service anonymously (issue #15): when intake closes a request ({@link RequestClosed}) or
 * reception serves a counter visit for an open one ({@link VisitServed}), a one-time code of
 * {@value RatingCode#DIGITS} digits is made, only its hash is kept here with the service, the channel and the last day
 * ({@link RatingInvitation}), and the code goes to the requester through the outbox (the message, filed under the
 * request, is the only place the code is written). At the kiosk or on the website the code admits one rating of that
 * service: the invitation is deleted as the rating is stored, and the rating row is like any other. Wrong codes are
 * throttled per device or client address as tracking is ({@code intake.control.TrackingLimit}: twenty wrong an hour
 * lock it for an hour, every code then answered alike).
 */
@Stateless
@PermitAll
public class RatingInvitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    TrackingAttempts attempts;

    @Inject
    Clock clock;

    /** The requester of a closed request is invited to rate its service, as it came (channel) and of its type. */
    public void requestClosed(@Observes RequestClosed closed) {
        invite(closed.reference(), closed.requester(), InvitedRating.service(closed.typeCode(), closed.channel()),
                InvitedRating.channel(closed.channel()));
    }

    /** The requester served at the counter is invited to rate that counter's service, through the counter channel. */
    public void visitServed(@Observes VisitServed served) {
        invite(served.reference(), served.requester(), RatedService.atCounter(served.service()), RatingChannel.COUNTER);
    }

    private void invite(String reference, Recipient requester, RatedService service, RatingChannel channel) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Ratings.RIYADH);
        em.createQuery("DELETE FROM RatingInvitation i WHERE i.expiresOn < :today")
                .setParameter("today", today).executeUpdate();
        String code;
        do {
            code = RatingCode.generate(RANDOM);
        } while (em.find(RatingInvitation.class, RatingCode.hash(code)) != null);
        LocalDate lastDay = RatingCode.lastDay(today);
        em.persist(new RatingInvitation(RatingCode.hash(code), service, channel, lastDay));
        outbox.send(RatingInvitationLetters.to(requester), RatingInvitationLetters.invitation(reference, requester.name(), code,
                lastDay));
    }

    /**
     * The service a code typed at the kiosk (Arabic-Indic digits too) invites to rate, so the kiosk can show it before
     * the faces; the code stays usable. Breaks {@code rule.ratingCode.wrong} for a code that is malformed, unknown,
     * used or expired, or while {@code device} is locked after too many wrong codes (the wrong one counted).
     */
    public RatedService check(String device, String code) {
        return found(device, code, clock.instant()).service();
    }

    /**
     * The rating given with a code: stored for the invitation's service and channel, with the score and comment, and
     * the invitation deleted in the same transaction, so a code rates once. {@code device} (a kiosk device, a website
     * client's address) is only held for the throttle. Breaks {@code rule.ratingCode.wrong} (see {@link #check}) or a
     * rule of {@link Rating}.
     */
    public void rate(String device, String code, int score, String comment) {
        Instant now = clock.instant();
        RatingInvitation invitation = found(device, code, now);
        em.lock(invitation, LockModeType.PESSIMISTIC_WRITE);
        Rating rating = invitation.use(score, comment, LocalDate.ofInstant(now, Ratings.RIYADH));
        em.remove(invitation);
        em.persist(rating);
    }

    private RatingInvitation found(String device, String typed, Instant now) {
        // the device or client address only as a hash, for the standing the throttle keeps
        String guarded = "rating-code:" + RatingCode.hash(device == null ? "" : device).substring(0, 32);
        if (attempts.locked(null, guarded, now)) {
            throw new DomainException("rule.ratingCode.wrong");
        }
        RatingInvitation invitation;
        try {
            invitation = em.find(RatingInvitation.class, RatingCode.hash(RatingCode.normalise(typed)));
        } catch (DomainException malformed) {
            invitation = null;
        }
        LocalDate today = LocalDate.ofInstant(now, Ratings.RIYADH);
        if (invitation == null || today.isAfter(invitation.expiresOn())) {
            attempts.failed(null, guarded, now);
            throw new DomainException("rule.ratingCode.wrong");
        }
        return invitation;
    }
}
