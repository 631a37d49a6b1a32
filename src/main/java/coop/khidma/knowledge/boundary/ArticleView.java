package coop.khidma.knowledge.boundary;

import coop.khidma.knowledge.entity.Article;
import coop.khidma.knowledge.entity.ArticleCategory;
import coop.khidma.knowledge.entity.Audience;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An article as screens show it: both languages, the version a staff edit is made against, and the codes of the
 * request types it concerns.
 */
public record ArticleView(String code, ArticleCategory category, int position, String titleArabic,
                          String titleEnglish, String bodyArabic, String bodyEnglish, Audience audience,
                          boolean published, Instant updatedAt, long version, List<String> requestTypes) {

    static ArticleView of(Article article) {
        Article.Texts texts = article.texts();
        return new ArticleView(article.code(), article.category(), article.position(), texts.titleArabic(),
                texts.titleEnglish(), texts.bodyArabic(), texts.bodyEnglish(), article.audience(), article.published(),
                article.updatedAt(), article.version(), article.requestTypes());
    }

    public String title(Locale locale) {
        return arabic(locale) ? titleArabic : titleEnglish;
    }

    public String body(Locale locale) {
        return arabic(locale) ? bodyArabic : bodyEnglish;
    }

    public ArticleRef ref() {
        return new ArticleRef(code, version);
    }

    private static boolean arabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
