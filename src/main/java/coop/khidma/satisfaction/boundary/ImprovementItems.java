package coop.khidma.satisfaction.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.satisfaction.entity.ImprovementItem;
import coop.khidma.satisfaction.entity.ImprovementSource;
import coop.khidma.satisfaction.entity.Rating;
import coop.khidma.satisfaction.entity.Suggestion;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Improvement items: the supervisor or the executive director opens one from a low rating or a suggestion (root
 * cause, action, owning role, target day) and records the day it was done. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class ImprovementItems {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /** An item from a low rating. Breaks {@code rule.improvement.source} or the rules of {@link ImprovementItem#open}. */
    public ImprovementItemView fromRating(long ratingId, ImprovementItem.Plan plan) {
        Rating rating = em.find(Rating.class, ratingId);
        if (rating == null) {
            throw new DomainException("rule.improvement.source");
        }
        return opened(ImprovementItem.open(ImprovementSource.RATING, ratingId, rating.service(), plan, today(), me(),
                clock.instant()));
    }

    /** An item from a suggestion. Breaks {@code rule.improvement.source} or the rules of {@link ImprovementItem#open}. */
    public ImprovementItemView fromSuggestion(long suggestionId, ImprovementItem.Plan plan) {
        Suggestion suggestion = em.find(Suggestion.class, suggestionId);
        if (suggestion == null) {
            throw new DomainException("rule.improvement.source");
        }
        return opened(ImprovementItem.open(ImprovementSource.SUGGESTION, suggestionId, suggestion.service(), plan,
                today(), me(), clock.instant()));
    }

    /** Open items first, then those done, each by target day. */
    public List<ImprovementItemView> all() {
        LocalDate today = today();
        return em.createQuery("SELECT i FROM ImprovementItem i ORDER BY i.dueOn, i.id", ImprovementItem.class)
                .getResultStream().sorted(Comparator.comparing(ImprovementItem::isDone))
                .map(item -> ImprovementItemView.of(item, today)).toList();
    }

    /** The action was carried out on that day. See {@link ImprovementItem#done} for the rules. */
    public ImprovementItemView done(long id, long seenVersion, LocalDate on) {
        ImprovementItem item = em.find(ImprovementItem.class, id);
        if (item == null) {
            throw new DomainException("rule.improvement.notFound");
        }
        if (item.version() != seenVersion) {
            throw new OptimisticLockException(item.subject());
        }
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(item.done(on, LocalDate.ofInstant(item.openedAt(), HijriDates.RIYADH), today(), me(),
                clock.instant()));
        em.flush();
        return ImprovementItemView.of(item, today());
    }

    private ImprovementItemView opened(ImprovementItem item) {
        em.persist(item);
        em.flush();
        audit.record(item.opened());
        return ImprovementItemView.of(item, today());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), HijriDates.RIYADH);
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
