package coop.khidma.satisfaction.boundary;

import coop.khidma.audit.boundary.AuditTrail;
import coop.khidma.audit.entity.Change;
import coop.khidma.knowledge.boundary.ArticleView;
import coop.khidma.knowledge.boundary.Articles;
import coop.khidma.knowledge.boundary.Bylaws;
import coop.khidma.knowledge.entity.Article;
import coop.khidma.knowledge.entity.ArticleCategory;
import coop.khidma.knowledge.entity.Audience;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.DayRange;
import coop.khidma.satisfaction.control.RatingCode;
import coop.khidma.satisfaction.control.RatingFigures;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.SuggestionStatus;
import coop.khidma.support.Deployments;
import coop.khidma.support.Failures;
import coop.khidma.support.RunAs;
import coop.khidma.volunteering.boundary.VolunteerView;
import coop.khidma.volunteering.boundary.Volunteers;
import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Interest;
import coop.khidma.volunteering.entity.Skill;
import coop.khidma.volunteering.entity.Volunteer;
import coop.khidma.volunteering.entity.VolunteerStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kiosk's self-services through the real EJBs over MariaDB, in one deployment: the seeded knowledge base and its
 * search, anonymous ratings and their figures, suggestions becoming improvements, reply requests, and volunteers.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    private static final LocalDate ANY_FROM = LocalDate.of(2000, 1, 1);
    private static final LocalDate ANY_TO = LocalDate.of(2100, 1, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Articles articles;

    @Inject
    Bylaws bylaws;

    @Inject
    Ratings ratings;

    @Inject
    Suggestions suggestions;

    @Inject
    RatingInvitations invitations;

    @Inject
    Volunteers volunteers;

    @Inject
    AuditTrail audit;

    @Inject
    RunAs runAs;

    @Resource(lookup = "jdbc/khidma")
    DataSource database;

    // ---- knowledge ----------------------------------------------------------------------------------------------

    @Test
    void theKioskReadsTheSeededPolicyGuideBylawsAndAnswers() {
        List<ArticleView> faq = articles.shelf(ArticleCategory.FAQ);
        // the twelve answers seeded from the policy (other classes of the run may publish more on the shared database)
        assertThat(faq).extracting(ArticleView::code).contains("FAQ_APPLY", "FAQ_ASK", "FAQ_CHANNELS",
                "FAQ_DOCUMENTS", "FAQ_DURATION", "FAQ_FOLLOW_UP", "FAQ_MISSING", "FAQ_RATE", "FAQ_REGISTRATION",
                "FAQ_SUGGESTION", "FAQ_UNCLEAR", "FAQ_VOLUNTEER");
        assertThat(faq).allSatisfy(article -> {
            assertThat(article.audience()).isEqualTo(Audience.PUBLIC);
            assertThat(article.published()).isTrue();
            assertThat(article.titleArabic()).isNotBlank();
            assertThat(article.bodyEnglish()).isNotBlank();
        });
        assertThat(articles.shelf(ArticleCategory.POLICY_GUIDE)).extracting(ArticleView::code)
                .contains("GUIDE_OBJECTIVES", "GUIDE_CHANNELS", "GUIDE_STEPS", "GUIDE_COMMITTEE")
                .doesNotContain("GUIDE_TOOLS");
        assertThat(articles.shelf(ArticleCategory.BYLAWS)).extracting(ArticleView::code).contains("BYLAWS_ROLE");
        assertThat(articles.read("GUIDE_STEPS")).hasValueSatisfying(guide ->
                assertThat(guide.bodyArabic()).contains("الجهة الأعلى").contains("لجنة البحث"));
    }

    @Test
    void searchFindsArabicWithOrWithoutTashkeelAndHamzaAndEnglishInAnyCase() {
        assertThat(articles.search("اللائحة الأساسية")).extracting(ArticleView::code).contains("BYLAWS_ROLE");
        assertThat(articles.search("اللائحه الاساسيه")).extracting(ArticleView::code).contains("BYLAWS_ROLE");
        assertThat(articles.search("لَجْنَةُ البَحْث")).extracting(ArticleView::code)
                .contains("GUIDE_COMMITTEE", "FAQ_DURATION");
        assertThat(articles.search("الجهه الاعلي")).extracting(ArticleView::code).contains("FAQ_UNCLEAR");
        assertThat(articles.search("RESEARCH committee")).extracting(ArticleView::code).contains("FAQ_DURATION");
        assertThat(articles.search("volunteer")).extracting(ArticleView::code).contains("FAQ_VOLUNTEER");
        assertThat(articles.search("   ")).isEmpty();
    }

    @Test
    void staffOnlyAndUnpublishedArticlesStayOutOfTheKiosk() throws Exception {
        assertThat(articles.read("GUIDE_TOOLS")).isEmpty();
        assertThat(articles.search("أدوات موظف علاقات المساهمين")).extracting(ArticleView::code)
                .doesNotContain("GUIDE_TOOLS");
        assertThat(runAs.staff(() -> articles.detail("GUIDE_TOOLS")).audience()).isEqualTo(Audience.STAFF);

        Article.Texts texts = new Article.Texts("ساعات استقبال الأعضاء", "Visiting hours for members",
                "نستقبلكم في مقر الجمعية من الأحد إلى الخميس.", "We receive you at the office Sunday to Thursday.");
        ArticleView draft = runAs.staff(() -> articles.write("FAQ_HOURS", ArticleCategory.FAQ, 13, texts,
                Audience.PUBLIC));
        assertThat(articles.read("FAQ_HOURS")).isEmpty();
        assertThat(articles.search("ساعات استقبال")).isEmpty();
        assertDenied(() -> runAs.staff(() -> articles.publish(draft.ref())));
        assertDenied(() -> articles.all());

        ArticleView published = runAs.admin(() -> articles.publish(draft.ref()));
        assertThat(articles.search("ساعات استقبال")).extracting(ArticleView::code).containsExactly("FAQ_HOURS");
        assertThatThrownBy(() -> runAs.staff(() -> articles.edit(draft.ref(), ArticleCategory.FAQ, 13, texts,
                Audience.STAFF))).satisfies(failure -> assertThat(Failures.chain(failure))
                .hasAtLeastOneElementOfType(OptimisticLockException.class));
        runAs.staff(() -> articles.edit(published.ref(), ArticleCategory.FAQ, 13, texts, Audience.STAFF));
        assertThat(articles.read("FAQ_HOURS")).isEmpty();
        assertThat(runAs.staff(() -> audit.history("FAQ_HOURS"))).extracting(Change::action)
                .containsExactly("write", "publish", "edit");
        assertThatThrownBy(() -> runAs.staff(() -> articles.write("FAQ_HOURS", ArticleCategory.FAQ, 1, texts,
                Audience.PUBLIC))).isInstanceOfSatisfying(DomainException.class,
                broken -> assertThat(broken.key()).isEqualTo("rule.article.codeTaken"));
    }

    @Test
    void theRequestPageOffersThePublishedArticlesThatConcernTheRequestsType() throws Exception {
        assertThat(runAs.committee(() -> articles.concerning("CERTIFICATE"))).extracting(ArticleView::code)
                .containsExactly("FAQ_REGISTRATION");
        assertThat(runAs.supervisor(() -> articles.concerning("MEMBERSHIP_UPDATE"))).extracting(ArticleView::code)
                .containsExactly("BYLAWS_RIGHTS");

        Article.Texts texts = new Article.Texts("إصدار شهادة المساهمة", "Issuing a share certificate",
                "تُطابق بيانات العضو مع السجل قبل الإصدار.", "Match the member's details with the register first.");
        ArticleView draft = runAs.staff(() -> articles.write("GUIDE_CERTIFICATE", ArticleCategory.POLICY_GUIDE, 40,
                texts, Audience.STAFF, Set.of("CERTIFICATE", "WITHDRAWAL")));
        assertThat(draft.requestTypes()).containsExactly("CERTIFICATE", "WITHDRAWAL");
        assertThat(runAs.staff(() -> articles.concerning("CERTIFICATE"))).as("a draft is no tool yet")
                .extracting(ArticleView::code).containsExactly("FAQ_REGISTRATION");
        ArticleView published = runAs.admin(() -> articles.publish(draft.ref()));
        assertThat(runAs.staff(() -> articles.concerning("CERTIFICATE"))).as("staff-only articles are staff tools")
                .extracting(ArticleView::code).containsExactly("FAQ_REGISTRATION", "GUIDE_CERTIFICATE");
        assertThat(articles.read("GUIDE_CERTIFICATE")).as("but not the kiosk's").isEmpty();

        ArticleView moved = runAs.staff(() -> articles.edit(published.ref(), ArticleCategory.POLICY_GUIDE, 40, texts,
                Audience.STAFF, Set.of("WITHDRAWAL")));
        assertThat(runAs.director(() -> articles.concerning("CERTIFICATE"))).extracting(ArticleView::code)
                .containsExactly("FAQ_REGISTRATION");
        assertThat(runAs.director(() -> articles.concerning("WITHDRAWAL"))).extracting(ArticleView::code)
                .containsExactly("BYLAWS_RIGHTS", "GUIDE_CERTIFICATE");
        assertThat(runAs.staff(() -> audit.history("GUIDE_CERTIFICATE"))).extracting(Change::action, Change::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("write", "DRAFT STAFF"),
                        org.assertj.core.groups.Tuple.tuple("concern", "CERTIFICATE,WITHDRAWAL"),
                        org.assertj.core.groups.Tuple.tuple("publish", "PUBLISHED STAFF"),
                        org.assertj.core.groups.Tuple.tuple("edit", "PUBLISHED STAFF"),
                        org.assertj.core.groups.Tuple.tuple("concern", "WITHDRAWAL"));

        for (String hostile : List.of("NO_SUCH_TYPE", "COMPLAINT' OR '1'='1")) {
            assertThatThrownBy(() -> runAs.staff(() -> articles.edit(moved.ref(), ArticleCategory.POLICY_GUIDE, 40,
                    texts, Audience.STAFF, Set.of("COMPLAINT", hostile)))).satisfies(failure ->
                    assertThat(Failures.chain(failure)).anySatisfy(cause -> assertThat(cause)
                            .isInstanceOfSatisfying(DomainException.class, broken ->
                                    assertThat(broken.key()).isEqualTo("rule.article.requestType"))));
        }
        assertThat(runAs.staff(() -> articles.detail("GUIDE_CERTIFICATE")).requestTypes()).containsExactly("WITHDRAWAL");
        assertDenied(() -> articles.concerning("WITHDRAWAL"));
        assertDenied(() -> runAs.supervisor(() -> articles.edit(moved.ref(), ArticleCategory.POLICY_GUIDE, 40, texts,
                Audience.STAFF, Set.of())));
    }

    @Test
    void theBylawsPdfIsUploadedByAnAdministratorOnlyCheckedByItsBytesAndReadByAnyone() throws Exception {
        byte[] pdf = ("%PDF-1.7\n% bylaws " + UUID.randomUUID() + "\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertDenied(() -> runAs.staff(() -> bylaws.upload("bylaws.pdf", pdf)));
        assertDenied(() -> runAs.committee(() -> bylaws.upload("bylaws.pdf", pdf)));
        assertDenied(() -> bylaws.upload("bylaws.pdf", pdf));
        assertBroken("rule.bylaws.notPdf", () -> runAs.admin(() -> bylaws.upload("bylaws.pdf",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        byte[] tooLarge = java.util.Arrays.copyOf(pdf, Bylaws.MAX_BYTES + 1);
        assertBroken("rule.bylaws.tooLarge", () -> runAs.admin(() -> bylaws.upload("bylaws.pdf", tooLarge)));

        Bylaws.Edition first = runAs.admin(() -> bylaws.upload("C:\\board\\اللائحة.pdf", pdf));
        assertThat(first.fileName()).isEqualTo("اللائحة.pdf");
        assertThat(bylaws.current()).contains(first);
        assertThat(bylaws.pdf().orElseThrow().content()).isEqualTo(pdf);
        Bylaws.Edition next = runAs.admin(() -> bylaws.upload("bylaws-2.pdf", pdf));
        assertThat(next.edition()).isEqualTo(first.edition() + 1);
        assertThat(bylaws.current().orElseThrow().edition()).isEqualTo(next.edition());
        assertThat(runAs.admin(() -> audit.history("edition " + next.edition()))).extracting(Change::action)
                .containsExactly("uploadBylaws");
    }

    private static void assertBroken(String key, ThrowingCallable call) {
        assertThatThrownBy(call).satisfies(failure -> assertThat(Failures.chain(failure)).anySatisfy(cause ->
                assertThat(cause).isInstanceOfSatisfying(DomainException.class, broken ->
                        assertThat(broken.key()).isEqualTo(key))));
    }

    // ---- satisfaction -------------------------------------------------------------------------------------------

    @Test
    void aRatingKeepsNoIdentityAndOneDeviceCannotPressTwice() throws Exception {
        assertThat(columns("rating")).as("no identity: only when a comment naming someone was anonymised (V41)")
                .containsExactlyInAnyOrder("id", "service", "channel", "score", "comment", "rated_on", "anonymised_at");
        assertThat(foreignKeysTo("rating")).isEmpty();

        String device = device();
        ratings.rate(device, new Feedback(RatedService.RECEPTION, 4, "استقبال لطيف", false, false, null, null));
        assertThatThrownBy(() -> ratings.rate(device, Feedback.score(RatedService.RECEPTION, 1)))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.rating.tooSoon"));
        ratings.rate(device(), Feedback.score(RatedService.RECEPTION, 5));
        assertThatThrownBy(() -> ratings.rate(null, Feedback.score(RatedService.RECEPTION, 5)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ratings.rate(device(), Feedback.score(RatedService.RECEPTION, 6)))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.rating.score"));
    }

    @Test
    void anInvitationsCodeRatesOnceKeepsNoLinkAndExpiredGuessedOrRepeatedCodesAreRefused() throws Exception {
        assertThat(columns("rating_invitation")).as("the code's hash, what it rates and its last day: no reference, "
                + "ticket, person, mobile or time of issue")
                .containsExactlyInAnyOrder("code_hash", "service", "channel", "expires_on");
        assertThat(foreignKeysTo("rating_invitation")).isEmpty();
        assertThat(foreignKeysFrom("rating_invitation")).isEmpty();
        LocalDate today = LocalDate.now(Ratings.RIYADH);
        String lastDayToday = code();
        String expiredYesterday = code();
        invitation(lastDayToday, "MEMBERSHIP", "WEBSITE", today);
        invitation(expiredYesterday, "INQUIRY", "PHONE", today.minusDays(1));
        long membershipOnWebsite = count("SELECT COUNT(*) FROM rating WHERE service = 'MEMBERSHIP' "
                + "AND channel = 'WEBSITE'");

        String device = device();
        assertBroken("rule.ratingCode.wrong", () -> invitations.rate(device, expiredYesterday, 3, null));
        assertBroken("rule.ratingCode.wrong", () -> invitations.rate(device, "1234", 3, null));
        assertBroken("rule.ratingCode.wrong", () -> invitations.rate(device, "' OR '1'='1", 3, null));
        assertBroken("rule.rating.score", () -> invitations.rate(device, lastDayToday, 0, null));
        invitations.rate(device, lastDayToday.substring(0, 4) + " " + lastDayToday.substring(4), 2, "انتظرت طويلاً");
        assertBroken("rule.ratingCode.wrong", () -> invitations.rate(device(), lastDayToday, 5, null));
        assertThat(count("SELECT COUNT(*) FROM rating_invitation WHERE code_hash = '"
                + RatingCode.hash(lastDayToday) + "'")).as("a used code is gone").isZero();
        assertThat(count("SELECT COUNT(*) FROM rating WHERE service = 'MEMBERSHIP' AND channel = 'WEBSITE'"))
                .isEqualTo(membershipOnWebsite + 1);
        assertThat(commentsOf(RatedService.MEMBERSHIP)).contains("انتظرت طويلاً");
    }

    @Test
    void twentyWrongCodesFromOneDeviceLockItForAnHourEvenForARightCodeButNotAnotherDevice() throws Exception {
        String right = code();
        invitation(right, "RECEPTION", "COUNTER", LocalDate.now(Ratings.RIYADH).plusDays(7));
        String sweeper = device();
        for (int guess = 0; guess < 20; guess++) {
            String guessed = String.format("%08d", guess);
            assertBroken("rule.ratingCode.wrong", () -> invitations.check(sweeper, guessed));
        }
        assertBroken("rule.ratingCode.wrong", () -> invitations.check(sweeper, right));
        assertThat(invitations.check(device(), right)).isEqualTo(RatedService.RECEPTION);
        assertThat(count("SELECT COUNT(*) FROM tracking_standing WHERE subject LIKE '%" + sweeper + "%'"))
                .as("the device is kept only as a hash").isZero();
    }

    @Test
    void oneKioskGivesAtMostThreeRatingsAMinuteWhoeverStandsAtIt() {
        String kiosk = "kiosk-" + device();
        for (int visitor = 0; visitor < KioskThrottle.PER_KIOSK_PER_MINUTE; visitor++) {
            ratings.rateAtKiosk(device(), kiosk, Feedback.score(RatedService.KIOSK, 5));
        }
        assertThatThrownBy(() -> ratings.rateAtKiosk(device(), kiosk, Feedback.score(RatedService.KIOSK, 5)))
                .as("a fourth visitor session on the same kiosk within the minute")
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.rating.tooSoon"));
        ratings.rateAtKiosk(device(), "kiosk-" + device(), Feedback.score(RatedService.KIOSK, 4));
        String visitor = device();
        ratings.rateAtKiosk(visitor, "kiosk-" + device(), Feedback.score(RatedService.KIOSK, 3));
        assertThatThrownBy(() -> ratings.rateAtKiosk(visitor, "kiosk-" + device(), Feedback.score(RatedService.KIOSK,
                3))).as("one visitor twice, even at another kiosk").isInstanceOf(DomainException.class);
    }

    @Test
    void supervisorsSeeFiguresOnlyForGroupsOfFiveAndNeverPerEmployee() throws Exception {
        for (int score : new int[]{5, 4, 4, 2}) {
            ratings.rate(device(), new Feedback(RatedService.VOLUNTEERING, score, "ملاحظة " + score, false, false,
                    null, null));
        }
        assertThat(volunteeringGroup()).satisfies(group -> {
            assertThat(group.tooFew()).isTrue();
            assertThat(group.ratings()).isEmpty();
        });
        assertThatThrownBy(() -> runAs.director(() -> ratings.comments(RatedService.VOLUNTEERING, ANY_FROM, ANY_TO)))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.rating.tooFew"));

        ratings.rate(device(), Feedback.score(RatedService.VOLUNTEERING, 5));
        assertThat(volunteeringGroup()).satisfies(group -> {
            assertThat(group.tooFew()).isFalse();
            assertThat(group.ratings()).contains(5L);
            assertThat(group.average()).contains(new BigDecimal("4.00"));
            assertThat(group.perScore()).containsExactly(0L, 1L, 0L, 2L, 2L);
        });
        assertThat(runAs.director(() -> ratings.comments(RatedService.VOLUNTEERING, ANY_FROM, ANY_TO)))
                .containsExactlyInAnyOrder("ملاحظة 5", "ملاحظة 4", "ملاحظة 4", "ملاحظة 2");
        assertDenied(() -> runAs.staff(() -> ratings.figures(ANY_FROM, ANY_TO)));
        assertDenied(() -> ratings.figures(ANY_FROM, ANY_TO));
        assertThat(columns("rating")).noneMatch(column -> column.contains("staff") || column.contains("employee")
                || column.contains("user") || column.contains("member"));
    }

    @Test
    void theBoardsSatisfactionReportGroupsEachServiceOverEveryChannelAndWithholdsSmallOnes() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Riyadh"));
        DayRange day = new DayRange(today, today);
        for (int i = 0; i < 5; i++) {
            ratings.rate(device(), Feedback.score(RatedService.MEMBERSHIP, 3));
        }
        RatingFigures.Group before = membership(runAs.supervisor(() -> ratings.byService(day)));
        for (int i = 0; i < 5; i++) {
            ratings.rate(device(), Feedback.score(RatedService.MEMBERSHIP, 5));
        }
        List<RatingFigures.Group> groups = runAs.director(() -> ratings.byService(day));
        RatingFigures.Group after = membership(groups);
        assertThat(after.tooFew()).isFalse();
        assertThat(after.ratings().orElseThrow() - before.ratings().orElseThrow()).isEqualTo(5);
        assertThat(after.perScore().get(4) - before.perScore().get(4)).isEqualTo(5);
        assertThat(after.perScore().get(2)).isEqualTo(before.perScore().get(2));
        assertThat(groups).hasSize(RatedService.values().length + 1);
        assertThat(groups.get(groups.size() - 1).service()).as("all services together").isEmpty();
        assertThat(groups).filteredOn(RatingFigures.Group::tooFew)
                .allSatisfy(withheld -> assertThat(withheld.ratings()).isEmpty());
        assertDenied(() -> runAs.staff(() -> ratings.byService(day)));
        assertDenied(() -> runAs.committee(() -> ratings.byService(day)));
    }

    private static RatingFigures.Group membership(List<RatingFigures.Group> groups) {
        return groups.stream().filter(group -> group.service().equals("MEMBERSHIP")).findFirst().orElseThrow();
    }

    @Test
    void aSuggestionIsStudiedAdoptedAndShownAsAnImprovement() throws Exception {
        ratings.rate(device(), new Feedback(RatedService.RECEPTION, 3, "شاشة تعرض رقم الدور في صالة الانتظار",
                true, false, null, null));
        SuggestionView received = runAs.staff(() -> suggestions.inStatus(SuggestionStatus.RECEIVED)).stream()
                .filter(suggestion -> suggestion.text().startsWith("شاشة تعرض")).findFirst().orElseThrow();

        SuggestionView studying = runAs.staff(() -> suggestions.study(received.ref()));
        assertDenied(() -> runAs.staff(() -> suggestions.adopt(studying.ref(), "أ", "a", "ب", "b")));
        runAs.director(() -> suggestions.adopt(studying.ref(), "شاشة لرقم الدور في صالة الانتظار",
                "A screen showing the queue number in the waiting room", "ركّبنا شاشة تعرض الرقم الذي يُخدم الآن",
                "We installed a screen showing the number being served"));

        List<Improvement> improvements = suggestions.recentImprovements(3);
        assertThat(improvements).first().satisfies(improvement -> {
            assertThat(improvement.youSaidEnglish()).startsWith("A screen showing");
            assertThat(improvement.weDidArabic()).startsWith("ركّبنا");
            assertThat(improvement.adoptedAt()).isNotNull();
        });
        assertThat(suggestions.recentImprovements(1000)).hasSizeLessThanOrEqualTo(Suggestions.IMPROVEMENTS_MAX);
        assertThat(runAs.staff(() -> audit.history("suggestion/" + received.id()))).extracting(Change::action)
                .containsExactly("suggest", "study", "adopt");
    }

    @Test
    void aVisitorWhoWantsAReplyLeavesAContactThatIsKeptApartFromTheScore() throws Exception {
        ratings.rate(device(), new Feedback(RatedService.INQUIRY, 2, "لم أجد إجابة عن سؤالي عن الأسهم", false, true,
                "محمد اليامي", "٠٥٥٠٠٠٩٩٨٨"));
        assertThat(commentsOf(RatedService.INQUIRY)).doesNotContain("لم أجد إجابة عن سؤالي عن الأسهم");
        assertThat(columns("reply_request")).doesNotContain("rating_id", "score");

        ReplyView waiting = runAs.staff(() -> suggestions.awaitingReply()).stream()
                .filter(reply -> reply.name().equals("محمد اليامي")).findFirst().orElseThrow();
        assertThat(waiting.mobile()).isEqualTo("0550009988");
        assertThat(waiting.message()).isEqualTo("لم أجد إجابة عن سؤالي عن الأسهم");
        assertThat(waiting.suggestionId()).isNull();
        assertDenied(() -> suggestions.awaitingReply());

        ReplyView replied = runAs.staff(() -> suggestions.replied(waiting.id(), waiting.version()));
        assertThat(replied.repliedBy()).isEqualTo("run-as-staff");
        assertThat(runAs.staff(() -> suggestions.awaitingReply())).extracting(ReplyView::id)
                .doesNotContain(waiting.id());
        assertThatThrownBy(() -> runAs.staff(() -> suggestions.replied(replied.id(), replied.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.reply.alreadyReplied"));
        assertThat(runAs.staff(() -> audit.history("reply/" + waiting.id())))
                .allSatisfy(change -> assertThat(String.valueOf(change.detail())).doesNotContain("0550009988"));

        assertThatThrownBy(() -> ratings.rate(device(), new Feedback(RatedService.INQUIRY, 2, "نص", false, true,
                "محمد", "12345"))).isInstanceOfSatisfying(DomainException.class,
                broken -> assertThat(broken.key()).isEqualTo("rule.mobile.invalid"));
    }

    // ---- volunteering -------------------------------------------------------------------------------------------

    @Test
    void aKioskSignUpWaitsForStaffWhoApproveOrDecline() throws Exception {
        Volunteer.Offer offer = new Volunteer.Offer(List.of(Skill.TOUR_GUIDING, Skill.TRANSLATION),
                List.of(Interest.HERITAGE_SITES), List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                List.of(DayPart.MORNING));
        volunteers.signUp("ريم القحطاني", "0551230001", offer, true);
        volunteers.signUp("علي آل سالم", "0551230002", offer, true);
        assertThatThrownBy(() -> volunteers.signUp("بلا موافقة", "0551230003", offer, false))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.volunteer.consent"));
        assertDenied(() -> volunteers.inStatus(VolunteerStatus.PENDING));

        List<VolunteerView> pending = runAs.staff(() -> volunteers.inStatus(VolunteerStatus.PENDING));
        VolunteerView reem = pending.stream().filter(v -> v.name().equals("ريم القحطاني")).findFirst().orElseThrow();
        VolunteerView ali = pending.stream().filter(v -> v.name().equals("علي آل سالم")).findFirst().orElseThrow();
        assertThat(reem.mobile()).isEqualTo("0551230001");
        assertThat(reem.skills()).containsExactlyInAnyOrder(Skill.TOUR_GUIDING, Skill.TRANSLATION);
        assertThat(reem.days()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(reem.consentAt()).isNotNull();

        runAs.staff(() -> volunteers.approve(reem.ref()));
        assertThatThrownBy(() -> runAs.staff(() -> volunteers.decline(reem.ref(), "متأخر")))
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(OptimisticLockException.class));
        runAs.staff(() -> volunteers.decline(ali.ref(), "لا توجد فرص صباحية حاليًا"));
        assertThat(runAs.staff(() -> volunteers.inStatus(VolunteerStatus.APPROVED))).extracting(VolunteerView::name)
                .contains("ريم القحطاني");
        assertThat(runAs.staff(() -> volunteers.inStatus(VolunteerStatus.DECLINED)))
                .filteredOn(v -> v.name().equals("علي آل سالم")).singleElement()
                .satisfies(v -> assertThat(v.declineReason()).isEqualTo("لا توجد فرص صباحية حاليًا"));
        assertThat(runAs.staff(() -> audit.history("volunteer/" + reem.id()))).extracting(Change::action)
                .containsExactly("signUp", "approve");
        assertThat(runAs.staff(() -> audit.history("volunteer/" + reem.id())))
                .allSatisfy(change -> assertThat(String.valueOf(change.detail())).doesNotContain("0551230001")
                        .doesNotContain("ريم"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static String device() {
        return UUID.randomUUID().toString();
    }

    private RatingFigures.Group volunteeringGroup() throws Exception {
        return runAs.supervisor(() -> ratings.figures(ANY_FROM, ANY_TO)).stream()
                .filter(group -> group.service().equals("VOLUNTEERING") && group.channel().equals("KIOSK"))
                .findFirst().orElseThrow();
    }

    private List<String> commentsOf(RatedService service) throws Exception {
        return strings("SELECT comment FROM rating WHERE service = ? AND comment IS NOT NULL", service.name(), false);
    }

    private List<String> columns(String table) throws Exception {
        return strings("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = ?", table, true);
    }

    private List<String> foreignKeysFrom(String table) throws Exception {
        return strings("SELECT constraint_name FROM information_schema.referential_constraints "
                + "WHERE constraint_schema = DATABASE() AND table_name = ?", table, true);
    }

    /** A fresh code nobody was sent (eight digits). */
    private static String code() {
        return String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }

    /** An invitation as the satisfaction component stores one, for {@code code}, usable through {@code lastDay}. */
    private void invitation(String code, String service, String channel, LocalDate lastDay) throws Exception {
        try (Connection connection = database.getConnection(); var statement = connection.prepareStatement(
                "INSERT INTO rating_invitation (code_hash, service, channel, expires_on) VALUES (?, ?, ?, ?)")) {
            statement.setString(1, RatingCode.hash(code));
            statement.setString(2, service);
            statement.setString(3, channel);
            statement.setObject(4, lastDay);
            statement.executeUpdate();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.getConnection(); var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> foreignKeysTo(String table) throws Exception {
        return strings("SELECT constraint_name FROM information_schema.referential_constraints "
                + "WHERE constraint_schema = DATABASE() AND referenced_table_name = ?", table, true);
    }

    private List<String> strings(String sql, String parameter, boolean lowerCase) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(lowerCase ? rows.getString(1).toLowerCase() : rows.getString(1));
                }
            }
        }
        return values;
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).satisfies(failure -> assertThat(Failures.chain(failure))
                .hasAtLeastOneElementOfType(EJBAccessException.class));
    }
}
