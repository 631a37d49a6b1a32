package coop.khidma.knowledge.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.knowledge.control.ArabicText;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One article of the knowledge base: a title and a body in Arabic and in English (paragraphs separated by a blank
 * line, list items starting with "- "), for everyone or for staff only, readable outside the console only once
 * published. Written and edited by staff, published and withdrawn by administrators. It may concern request types
 * (staff working such a request see it on the request page).
 */
@Entity
@Table(name = "article")
public class Article {

    public static final String SUBJECT_TYPE = "ARTICLE";
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int POSITION_MAX = 999;
    public static final int REQUEST_TYPES_MAX = 20;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleCategory category;

    @Column(nullable = false)
    private int position;

    @Column(name = "title_ar", nullable = false, length = TITLE_MAX)
    private String titleArabic;

    @Column(name = "title_en", nullable = false, length = TITLE_MAX)
    private String titleEnglish;

    @Column(name = "body_ar", nullable = false)
    private String bodyArabic;

    @Column(name = "body_en", nullable = false)
    private String bodyEnglish;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Audience audience;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The request types the article concerns, by the type's code (intake's request types, by value): the request page
     * offers the article to staff working a request of one of them. Read in one statement for a whole list.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_request_type", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "type_code", length = 40)
    @BatchFetch(BatchFetchType.IN)
    private Set<String> requestTypes = new TreeSet<>();

    @Version
    private long version;

    protected Article() {
        // for the persistence provider only
    }

    /** The words of an article in both languages. */
    public record Texts(String titleArabic, String titleEnglish, String bodyArabic, String bodyEnglish) {
    }

    /**
     * A new, unpublished article. Breaks {@code rule.article.code}, {@code rule.article.position},
     * {@code rule.article.title} or {@code rule.article.body}.
     */
    public static Article write(String code, ArticleCategory category, int position, Texts texts, Audience audience,
                                String by, Instant at) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DomainException("rule.article.code");
        }
        Article article = new Article();
        article.code = code;
        article.published = false;
        article.place(category, position, texts, audience, by, at);
        return article;
    }

    public Change written() {
        return Change.of(SUBJECT_TYPE, code, "write", null, state(), updatedBy, updatedAt, titleEnglish);
    }

    /** New words, shelf or audience; stays published or not as it was. */
    public Change edit(ArticleCategory category, int position, Texts texts, Audience audience, String by, Instant at) {
        String before = state();
        place(category, position, texts, audience, by, at);
        return Change.of(SUBJECT_TYPE, code, "edit", before, state(), by, at, titleEnglish);
    }

    /** Makes the article readable by its audience. Breaks {@code rule.article.alreadyPublished}. */
    public Change publish(String by, Instant at) {
        if (published) {
            throw new DomainException("rule.article.alreadyPublished", code);
        }
        return toggle(true, "publish", by, at);
    }

    /** Takes the article back out of reach (the console still shows it). Breaks {@code rule.article.notPublished}. */
    public Change withdraw(String by, Instant at) {
        if (!published) {
            throw new DomainException("rule.article.notPublished", code);
        }
        return toggle(false, "withdraw", by, at);
    }

    /**
     * The request types the article concerns from now on (codes; none for an article about no request in particular).
     * Breaks {@code rule.article.requestType} for a code that cannot be a request type's, or
     * {@code rule.article.requestTypes} for more than {@value #REQUEST_TYPES_MAX} of them.
     */
    public Change concern(Set<String> typeCodes, String by, Instant at) {
        Objects.requireNonNull(typeCodes, "typeCodes");
        if (typeCodes.size() > REQUEST_TYPES_MAX) {
            throw new DomainException("rule.article.requestTypes", REQUEST_TYPES_MAX);
        }
        for (String typeCode : typeCodes) {
            if (typeCode == null || !CODE.matcher(typeCode).matches()) {
                throw new DomainException("rule.article.requestType", String.valueOf(typeCode));
            }
        }
        String before = String.join(",", requestTypes);
        requestTypes.clear();
        requestTypes.addAll(typeCodes);
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(at);
        return Change.of(SUBJECT_TYPE, code, "concern", before, String.join(",", requestTypes), by, at, null);
    }

    /** The codes of the request types it concerns, in alphabetical order. */
    public List<String> requestTypes() {
        return List.copyOf(new TreeSet<>(requestTypes));
    }

    /** Whether anyone at the kiosk may read it. */
    public boolean isPublic() {
        return published && audience == Audience.PUBLIC;
    }

    /** Whether the query's words all appear in the title or body, in either language, however spelled. */
    public boolean matches(String query) {
        return ArabicText.matches(titleArabic + " " + bodyArabic + " " + titleEnglish + " " + bodyEnglish, query);
    }

    private Change toggle(boolean publish, String action, String by, Instant at) {
        String before = state();
        published = publish;
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(at);
        return Change.of(SUBJECT_TYPE, code, action, before, state(), by, at, null);
    }

    /** Checks everything first, so a broken rule leaves the article as it was. */
    private void place(ArticleCategory category, int position, Texts texts, Audience audience, String by, Instant at) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(audience, "audience");
        if (position < 1 || position > POSITION_MAX) {
            throw new DomainException("rule.article.position", POSITION_MAX);
        }
        String newTitleArabic = check(texts.titleArabic(), TITLE_MAX, "rule.article.title");
        String newTitleEnglish = check(texts.titleEnglish(), TITLE_MAX, "rule.article.title");
        String newBodyArabic = check(texts.bodyArabic(), BODY_MAX, "rule.article.body");
        String newBodyEnglish = check(texts.bodyEnglish(), BODY_MAX, "rule.article.body");
        this.category = category;
        this.audience = audience;
        this.position = position;
        this.titleArabic = newTitleArabic;
        this.titleEnglish = newTitleEnglish;
        this.bodyArabic = newBodyArabic;
        this.bodyEnglish = newBodyEnglish;
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    private static String check(String text, int max, String rule) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new DomainException(rule, max);
        }
        return trimmed;
    }

    private String state() {
        return (published ? "PUBLISHED " : "DRAFT ") + audience;
    }

    public String code() { return code; }
    public ArticleCategory category() { return category; }
    public int position() { return position; }
    public Audience audience() { return audience; }
    public boolean published() { return published; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
    public Texts texts() { return new Texts(titleArabic, titleEnglish, bodyArabic, bodyEnglish); }

    public String title(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? titleArabic : titleEnglish;
    }
}
