package coop.khidma.satisfaction.boundary;

import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.Rating;
import coop.khidma.satisfaction.entity.RatingChannel;

/** A low rating as a supervisor may read it: the service, channel, score and comment — no day, no person. */
public record LowRating(long id, RatedService service, RatingChannel channel, int score, String comment) {

    /** The highest score that counts as low. */
    public static final int HIGHEST_LOW = 2;

    static LowRating of(Rating rating) {
        return new LowRating(rating.id(), rating.service(), rating.channel(), rating.score(), rating.comment());
    }
}
