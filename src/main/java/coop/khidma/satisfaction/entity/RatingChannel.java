package coop.khidma.satisfaction.entity;

/** Where the rating was given: one of the policy's channels. */
public enum RatingChannel {
    KIOSK,
    COUNTER,
    PHONE,
    WEBSITE,
    SOCIAL_MEDIA
}
