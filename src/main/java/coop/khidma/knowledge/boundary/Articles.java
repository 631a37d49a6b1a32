package coop.khidma.knowledge.boundary;

import coop.khidma.audit.boundary.AuditTrail;
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
import java.util.List;
import java.util.Optional;

/**
 * The knowledge base. Anyone (the kiosk) reads and searches published public articles only; staff see every article
 * and write and edit them; administrators publish and withdraw. Every change is audited.
 */
@Stateless
public class Articles {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

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

    @RolesAllowed(Roles.STAFF)
    public ArticleView write(String code, ArticleCategory category, int position, Article.Texts texts,
                             Audience audience) {
        if (find(code).isPresent()) {
            throw new DomainException("rule.article.codeTaken", code);
        }
        Article article = Article.write(code, category, position, texts, audience, me(), clock.instant());
        em.persist(article);
        audit.record(article.written());
        em.flush();
        return ArticleView.of(article);
    }

    @RolesAllowed(Roles.STAFF)
    public ArticleView edit(ArticleRef ref, ArticleCategory category, int position, Article.Texts texts,
                            Audience audience) {
        Article article = current(ref);
        audit.record(article.edit(category, position, texts, audience, me(), clock.instant()));
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
