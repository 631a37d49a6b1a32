package coop.khidma.satisfaction.entity;

import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One visitor's score, 1 (very unhappy) to 5 (very happy), for one service through one channel on one day, with an
 * optional comment. Anonymous by design: there is no field for a member, an employee, a device or the time of day,
 * so nothing can be traced back to a visit. A rating is a fact: it never changes, so it has no version.
 */
@Entity
@Table(name = "rating")
public class Rating {

    public static final int COMMENT_MAX = 1000;
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private RatedService service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private RatingChannel channel;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(updatable = false, length = COMMENT_MAX)
    private String comment;

    @Column(name = "rated_on", nullable = false, updatable = false)
    private LocalDate ratedOn;

    protected Rating() {
        // for the persistence provider only
    }

    /** Breaks {@code rule.rating.score} or {@code rule.rating.commentTooLong}. */
    public Rating(RatedService service, RatingChannel channel, int score, String comment, LocalDate ratedOn) {
        this.service = Objects.requireNonNull(service, "service");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.score = checkScore(score);
        this.comment = optionalText(comment, COMMENT_MAX, "rule.rating.commentTooLong");
        this.ratedOn = Objects.requireNonNull(ratedOn, "ratedOn");
    }

    public static int checkScore(int score) {
        if (score < LOWEST || score > HIGHEST) {
            throw new DomainException("rule.rating.score", LOWEST, HIGHEST);
        }
        return score;
    }

    /** Blank becomes {@code null}; longer than allowed breaks the rule given. */
    static String optionalText(String text, int max, String rule) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > max) {
            throw new DomainException(rule, max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    public Long id() { return id; }
    public RatedService service() { return service; }
    public RatingChannel channel() { return channel; }
    public int score() { return score; }
    public String comment() { return comment; }
    public LocalDate ratedOn() { return ratedOn; }
}
