package coop.khidma.satisfaction.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.RatingChannel;
import coop.khidma.satisfaction.entity.ReplyRequest;
import coop.khidma.satisfaction.entity.Suggestion;
import coop.khidma.satisfaction.entity.SuggestionStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Suggestions and what became of them. Everyone reads the improvements ("you said, we did"); staff list suggestions,
 * take them up and call back visitors who asked for a reply; the supervisor or the executive director adopts or
 * declines (the supervisor or director may also take one up from the satisfaction screen). Every change is audited.
 */
@Stateless
public class Suggestions {

    public static final int IMPROVEMENTS_MAX = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /** The latest adopted suggestions, newest first, at most {@value #IMPROVEMENTS_MAX}: for the kiosk's welcome strip. */
    @PermitAll
    public List<Improvement> recentImprovements(int limit) {
        return em.createQuery("SELECT s FROM Suggestion s WHERE s.status = :adopted ORDER BY s.decidedAt DESC, s.id DESC",
                        Suggestion.class).setParameter("adopted", SuggestionStatus.ADOPTED)
                .setMaxResults(Math.max(0, Math.min(limit, IMPROVEMENTS_MAX)))
                .getResultStream().map(Improvement::of).toList();
    }

    /**
     * A suggestion given on its own, without a rating, on a public channel (the website), anonymous like one given with
     * a rating at the kiosk; with {@code wantsReply} the name and mobile are kept apart with the text for staff to call
     * back. Breaks {@code rule.suggestion.text} or the reply's rules, before anything is stored.
     */
    @PermitAll
    public void suggest(RatingChannel channel, RatedService service, String text, boolean wantsReply,
                        String replyName, String replyMobile) {
        Instant now = clock.instant();
        Suggestion suggestion = new Suggestion(service, text, LocalDate.ofInstant(now, Ratings.RIYADH));
        ReplyRequest reply = wantsReply ? new ReplyRequest(replyName, SaudiMobile.parse(replyMobile), text, suggestion,
                now) : null;
        em.persist(suggestion);
        if (reply != null) {
            em.persist(reply);
        }
        em.flush();
        audit.record(suggestion.received(Ratings.actor(channel), now));
        if (reply != null) {
            audit.record(reply.requested(Ratings.actor(channel)));
        }
    }

    /** Suggestions in one status, oldest first (the ones waiting longest on top). */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR})
    public List<SuggestionView> inStatus(SuggestionStatus status) {
        return em.createQuery("SELECT s FROM Suggestion s WHERE s.status = :status ORDER BY s.receivedOn, s.id",
                        Suggestion.class).setParameter("status", status)
                .getResultStream().map(SuggestionView::of).toList();
    }

    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR})
    public SuggestionView study(SuggestionView.Ref ref) {
        Suggestion suggestion = current(ref);
        audit.record(suggestion.study(me(), clock.instant()));
        return flushed(suggestion);
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
    public SuggestionView adopt(SuggestionView.Ref ref, String youSaidArabic, String youSaidEnglish,
                                String weDidArabic, String weDidEnglish) {
        Suggestion suggestion = current(ref);
        audit.record(suggestion.adopt(youSaidArabic, youSaidEnglish, weDidArabic, weDidEnglish, me(), clock.instant()));
        return flushed(suggestion);
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
    public SuggestionView decline(SuggestionView.Ref ref, String reasonArabic, String reasonEnglish) {
        Suggestion suggestion = current(ref);
        audit.record(suggestion.decline(reasonArabic, reasonEnglish, me(), clock.instant()));
        return flushed(suggestion);
    }

    /** Visitors still waiting for a reply, oldest first. */
    @RolesAllowed(Roles.STAFF)
    public List<ReplyView> awaitingReply() {
        return em.createQuery("SELECT r FROM ReplyRequest r WHERE r.repliedAt IS NULL ORDER BY r.requestedAt, r.id",
                ReplyRequest.class).getResultStream().map(ReplyView::of).toList();
    }

    /** The visitor has been answered. Breaks {@code rule.reply.notFound} or {@code rule.reply.alreadyReplied}. */
    @RolesAllowed(Roles.STAFF)
    public ReplyView replied(long id, long version) {
        ReplyRequest reply = em.find(ReplyRequest.class, id);
        if (reply == null) {
            throw new DomainException("rule.reply.notFound");
        }
        checkVersion(reply.version(), version, reply.subject());
        em.lock(reply, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(reply.replied(me(), clock.instant()));
        em.flush();
        return ReplyView.of(reply);
    }

    private Suggestion current(SuggestionView.Ref ref) {
        Suggestion suggestion = em.find(Suggestion.class, ref.id());
        if (suggestion == null) {
            throw new DomainException("rule.suggestion.notFound");
        }
        checkVersion(suggestion.version(), ref.version(), suggestion.subject());
        em.lock(suggestion, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return suggestion;
    }

    private static void checkVersion(long current, long seen, String subject) {
        if (current != seen) {
            throw new OptimisticLockException(subject);
        }
    }

    private SuggestionView flushed(Suggestion suggestion) {
        em.flush();
        return SuggestionView.of(suggestion);
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
