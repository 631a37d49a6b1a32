package coop.khidma.knowledge.entity;

import coop.khidma.audit.entity.Change;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T07:00:00Z");
    private static final Article.Texts TEXTS = new Article.Texts("ساعات العمل", "Office hours",
            "نستقبلكم من الأحد إلى الخميس.", "We welcome you Sunday to Thursday.");

    @Test
    void aNewArticleIsADraftUntilAnAdministratorPublishesIt() {
        Article article = Article.write("FAQ_HOURS", ArticleCategory.FAQ, 20, TEXTS, Audience.PUBLIC, "noura", NOW);
        assertThat(article.published()).isFalse();
        assertThat(article.isPublic()).isFalse();
        Change published = article.publish("admin", NOW);
        assertThat(published.before()).isEqualTo("DRAFT PUBLIC");
        assertThat(published.after()).isEqualTo("PUBLISHED PUBLIC");
        assertThat(article.isPublic()).isTrue();
        assertBroken("rule.article.alreadyPublished", () -> article.publish("admin", NOW));
        article.withdraw("admin", NOW);
        assertBroken("rule.article.notPublished", () -> article.withdraw("admin", NOW));
    }

    @Test
    void aStaffOnlyArticleIsNeverPublicEvenWhenPublished() {
        Article article = Article.write("STAFF_NOTE", ArticleCategory.POLICY_GUIDE, 1, TEXTS, Audience.STAFF, "n", NOW);
        article.publish("admin", NOW);
        assertThat(article.isPublic()).isFalse();
    }

    @Test
    void itMatchesQueriesInEitherLanguageHoweverSpelled() {
        Article article = Article.write("FAQ_HOURS", ArticleCategory.FAQ, 20, TEXTS, Audience.PUBLIC, "noura", NOW);
        assertThat(article.matches("الاحد")).isTrue();
        assertThat(article.matches("الخَمِيس")).isTrue();
        assertThat(article.matches("office HOURS")).isTrue();
        assertThat(article.matches("Friday")).isFalse();
    }

    @Test
    void titlesBodiesAndCodesAreChecked() {
        assertBroken("rule.article.code", () -> Article.write("faq", ArticleCategory.FAQ, 1, TEXTS, Audience.PUBLIC, "n", NOW));
        assertBroken("rule.article.title", () -> Article.write("FAQ_X", ArticleCategory.FAQ, 1,
                new Article.Texts(" ", "t", "b", "b"), Audience.PUBLIC, "n", NOW));
        Article article = Article.write("FAQ_X", ArticleCategory.FAQ, 1, TEXTS, Audience.PUBLIC, "n", NOW);
        assertBroken("rule.article.body", () -> article.edit(ArticleCategory.FAQ, 1,
                new Article.Texts("a", "a", "", "b"), Audience.PUBLIC, "n", NOW));
        assertThat(article.texts()).isEqualTo(TEXTS);
    }

    @Test
    void itsPlaceOnTheShelfIsAPositiveNumberAndABadEditChangesNothing() {
        assertBroken("rule.article.position", () -> Article.write("FAQ_X", ArticleCategory.FAQ, 0, TEXTS,
                Audience.PUBLIC, "n", NOW));
        Article article = Article.write("FAQ_X", ArticleCategory.FAQ, 3, TEXTS, Audience.PUBLIC, "n", NOW);
        assertBroken("rule.article.position", () -> article.edit(ArticleCategory.BYLAWS, -1, TEXTS, Audience.STAFF,
                "n", NOW));
        assertThat(article.position()).isEqualTo(3);
        assertThat(article.category()).isEqualTo(ArticleCategory.FAQ);
    }

    @Test
    void itConcernsRequestTypesByCodeAtMostTwentyAndTheChangeIsAudited() {
        Article article = Article.write("FAQ_X", ArticleCategory.FAQ, 1, TEXTS, Audience.STAFF, "n", NOW);
        assertThat(article.requestTypes()).isEmpty();
        Change concerned = article.concern(java.util.Set.of("SUGGESTION", "COMPLAINT"), "noura", NOW);
        assertThat(concerned).extracting(Change::action, Change::before, Change::after)
                .containsExactly("concern", "", "COMPLAINT,SUGGESTION");
        assertThat(article.requestTypes()).containsExactly("COMPLAINT", "SUGGESTION");

        assertBroken("rule.article.requestType", () -> article.concern(java.util.Set.of("complaint'); DROP--"), "n",
                NOW));
        assertBroken("rule.article.requestTypes", () -> article.concern(java.util.stream.IntStream.rangeClosed(1, 21)
                .mapToObj(n -> "TYPE_" + n).collect(java.util.stream.Collectors.toSet()), "n", NOW));
        assertThat(article.requestTypes()).as("a refused change changes nothing")
                .containsExactly("COMPLAINT", "SUGGESTION");
        assertThat(article.concern(java.util.Set.of(), "n", NOW).after()).isEmpty();
        assertThat(article.requestTypes()).isEmpty();
    }
}
