package coop.khidma.knowledge.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.knowledge.entity.Article;
import coop.khidma.knowledge.entity.ArticleCategory;
import coop.khidma.knowledge.entity.Audience;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The knowledge base. Anyone (the kiosk) reads and searches published public articles only; staff see every article
 * and write and edit them (and name the request types an article concerns, which the request page then offers);
 * administrators publish and withdraw. Every change is audited.
 */
@Stateless
public class Articles {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /** The published public articles on one shelf, in their order. */
    @PermitAll
    public List<ArticleView> shelf(ArticleCategory category) {
        return em.createQuery("SELECT a FROM Article a WHERE a.category = :category AND a.published = TRUE "
                        + "AND a.audience = :audience ORDER BY a.position, a.code", Article.class)
                .setParameter("category", category).setParameter("audience", Audience.PUBLIC)
                .getResultStream().map(ArticleView::of).toList();
    }

    /** Every published public article, shelf by shelf in their order: for the website. */
    @PermitAll
    public List<ArticleView> published() {
        return em.createQuery("SELECT a FROM Article a WHERE a.published = TRUE AND a.audience = :audience "
                        + "ORDER BY a.category, a.position, a.code", Article.class)
                .setParameter("audience", Audience.PUBLIC).getResultStream().map(ArticleView::of).toList();
    }

    /** Published public articles whose words match the query in either language, however spelled. */
    @PermitAll
    public List<ArticleView> search(String query) {
        return em.createQuery("SELECT a FROM Article a WHERE a.published = TRUE AND a.audience = :audience "
                        + "ORDER BY a.category, a.position, a.code", Article.class)
                .setParameter("audience", Audience.PUBLIC)
                .getResultStream().filter(article -> article.matches(query)).map(ArticleView::of).toList();
    }

    /** One published public article; empty for anything else, so the kiosk cannot tell drafts from nothing. */
    @PermitAll
    public Optional<ArticleView> read(String code) {
        return find(code).filter(Article::isPublic).map(ArticleView::of);
    }

    /** Every article, drafts and staff-only ones included, for the console. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public List<ArticleView> all() {
        return em.createQuery("SELECT a FROM Article a ORDER BY a.category, a.position, a.code", Article.class)
                .getResultStream().map(ArticleView::of).toList();
    }

    /** Any article by its code, for the console. Breaks {@code rule.article.notFound}. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public ArticleView detail(String code) {
        return ArticleView.of(existing(code));
    }

    /**
     * The published articles, public or for staff, that concern requests of type {@code typeCode}, shelf by shelf in
     * their order: the staff's tools on the request page (policy: the bylaws, the member-support policy guide).
     */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public List<ArticleView> concerning(String typeCode) {
        return em.createQuery("SELECT a FROM Article a JOIN a.requestTypes t WHERE t = :type AND a.published = TRUE "
                        + "ORDER BY a.category, a.position, a.code", Article.class)
                .setParameter("type", typeCode == null ? "" : typeCode).getResultStream().map(ArticleView::of).toList();
    }

    @RolesAllowed(Roles.STAFF)
    public ArticleView write(String code, ArticleCategory category, int position, Article.Texts texts,
                             Audience audience) {
        return write(code, category, position, texts, audience, Set.of());
    }

    /**
     * A new article concerning the request types named by their codes. Breaks a rule of {@link Article#write},
     * {@code rule.article.codeTaken}, or {@code rule.article.requestType} for a code that is no request type's.
     */
    @RolesAllowed(Roles.STAFF)
    public ArticleView write(String code, ArticleCategory category, int position, Article.Texts texts,
                             Audience audience, Set<String> requestTypes) {
        if (find(code).isPresent()) {
            throw new DomainException("rule.article.codeTaken", code);
        }
        Instant now = clock.instant();
        Article article = Article.write(code, category, position, texts, audience, me(), now);
        Change concerned = article.concern(requestTypes(requestTypes), me(), now);
        em.persist(article);
        audit.record(article.written());
        if (!requestTypes.isEmpty()) {
            audit.record(concerned);
        }
        em.flush();
        return ArticleView.of(article);
    }

    /** New words, shelf or audience; the request types it concerns stay as they were. */
    @RolesAllowed(Roles.STAFF)
    public ArticleView edit(ArticleRef ref, ArticleCategory category, int position, Article.Texts texts,
                            Audience audience) {
        Article article = current(ref);
        audit.record(article.edit(category, position, texts, audience, me(), clock.instant()));
        return flushed(article);
    }

    /** The same, and the request types it concerns from now on (audited when they changed). */
    @RolesAllowed(Roles.STAFF)
    public ArticleView edit(ArticleRef ref, ArticleCategory category, int position, Article.Texts texts,
                            Audience audience, Set<String> requestTypes) {
        Article article = current(ref);
        Set<String> concerned = requestTypes(requestTypes);
        Instant now = clock.instant();
        audit.record(article.edit(category, position, texts, audience, me(), now));
        if (!new TreeSet<>(article.requestTypes()).equals(new TreeSet<>(concerned))) {
            audit.record(article.concern(concerned, me(), now));
        }
        return flushed(article);
    }

    @RolesAllowed(Roles.ADMIN)
    public ArticleView publish(ArticleRef ref) {
        Article article = current(ref);
        audit.record(article.publish(me(), clock.instant()));
        return flushed(article);
    }

    @RolesAllowed(Roles.ADMIN)
    public ArticleView withdraw(ArticleRef ref) {
        Article article = current(ref);
        audit.record(article.withdraw(me(), clock.instant()));
        return flushed(article);
    }

    /**
     * The codes, each of a request type on record (intake's, read by code). Breaks {@code rule.article.requestType}
     * for any other.
     */
    private Set<String> requestTypes(Set<String> codes) {
        Set<String> asked = new TreeSet<>(Objects.requireNonNull(codes, "requestTypes"));
        if (asked.isEmpty()) {
            return asked;
        }
        List<String> known = em.createQuery("SELECT t.code FROM RequestType t WHERE t.code IN :codes", String.class)
                .setParameter("codes", List.copyOf(asked)).getResultList();
        asked.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(unknown -> {
            throw new DomainException("rule.article.requestType", unknown);
        });
        return asked;
    }

    private ArticleView flushed(Article article) {
        em.flush();
        return ArticleView.of(article);
    }

    /** The article at the version the staff member saw, locked against a concurrent edit. */
    private Article current(ArticleRef ref) {
        Article article = existing(ref.code());
        if (article.version() != ref.version()) {
            throw new OptimisticLockException(article.code());
        }
        em.lock(article, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return article;
    }

    private Article existing(String code) {
        return find(code).orElseThrow(() -> new DomainException("rule.article.notFound", code));
    }

    private Optional<Article> find(String code) {
        return em.createQuery("SELECT a FROM Article a WHERE a.code = :code", Article.class)
                .setParameter("code", code == null ? "" : code).getResultStream().findFirst();
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
