package coop.khidma.support;

import coop.khidma.knowledge.entity.Article;
import coop.khidma.knowledge.entity.ArticleCategory;
import coop.khidma.knowledge.entity.Audience;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.Rating;
import coop.khidma.satisfaction.entity.RatingChannel;
import coop.khidma.satisfaction.entity.Suggestion;
import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Interest;
import coop.khidma.volunteering.entity.Skill;
import coop.khidma.volunteering.entity.Volunteer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Test-only: what the back office's browser journey starts from, made with the aggregates' own constructors and verbs
 * when the test deployment starts (called from {@link ConsoleStaff}): a pending volunteer free every day, a service
 * with four ratings today (the journey gives the fifth at the kiosk), a service with six ratings including two low
 * ones, a suggestion just received, and a draft article. Services and texts nobody else in the suite uses, since the
 * test database is shared by every IT class of a run.
 */
@Stateless
@PermitAll
public class BackOfficeCases {

    public static final String VOLUNTEER = "ريما بنت سعد آل هتيلة";
    /**
     * Four ratings through the kiosk on {@link #FOUR_ON}, a fifth on {@link #FIFTH_ON}: no figure for the first day
     * alone, one for both. Fixed past days: other classes rate every service today (codes texted after closed
     * requests, kiosk journeys), which no fixed count of today's ratings survives.
     */
    public static final RatedService FOUR_RATINGS = RatedService.INQUIRY;
    public static final LocalDate FOUR_ON = LocalDate.of(2026, 11, 3);
    public static final LocalDate FIFTH_ON = LocalDate.of(2026, 11, 4);
    /** Six ratings today, one of them a 1 with this comment. */
    public static final RatedService LOW_RATED = RatedService.MEMBERSHIP;
    public static final String LOW_COMMENT = "انتظرت ساعة ولم يخبرني أحد بالأوراق المطلوبة";
    public static final String SUGGESTION = "نقترح مظلات ومقاعد عند مدخل الجمعية للانتظار في الظل";
    public static final String ARTICLE = "FAQ_WHEELCHAIR";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void create() {
        if (!em.createQuery("SELECT a FROM Article a WHERE a.code = :code", Article.class)
                .setParameter("code", ARTICLE).getResultList().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, HijriDates.RIYADH);
        em.persist(Volunteer.signUp(VOLUNTEER, SaudiMobile.parse("0551230001"), new Volunteer.Offer(
                List.of(Skill.PHOTOGRAPHY, Skill.SOCIAL_MEDIA), List.of(Interest.EVENTS_AND_FESTIVALS),
                List.of(DayOfWeek.values()), List.of(DayPart.values())), true, now));
        for (int score : new int[] {5, 4, 4, 3}) {
            em.persist(new Rating(FOUR_RATINGS, RatingChannel.KIOSK, score, null, FOUR_ON));
        }
        em.persist(new Rating(FOUR_RATINGS, RatingChannel.KIOSK, 5, null, FIFTH_ON));
        em.persist(new Rating(LOW_RATED, RatingChannel.KIOSK, 1, LOW_COMMENT, today));
        for (int score : new int[] {2, 4, 5, 5, 4}) {
            em.persist(new Rating(LOW_RATED, RatingChannel.KIOSK, score, null, today));
        }
        em.persist(new Suggestion(RatedService.RECEPTION, SUGGESTION, today));
        em.persist(Article.write(ARTICLE, ArticleCategory.FAQ, 30, new Article.Texts(
                "هل المقر مهيأ لذوي الإعاقة؟", "Is the office accessible?",
                "نعم، يستقبلكم موظف علاقات المساهمين في الدور الأرضي.",
                "Yes, the shareholder-relations employee receives you on the ground floor."),
                Audience.PUBLIC, "test-staff", now));
        em.flush();
    }
}
