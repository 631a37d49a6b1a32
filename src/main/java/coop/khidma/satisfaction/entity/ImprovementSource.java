package coop.khidma.satisfaction.entity;

/** What an improvement item was opened from. */
public enum ImprovementSource {
    /** A low rating (anonymous: its score and comment, never who gave it or who served). */
    RATING,
    /** A visitor's suggestion. */
    SUGGESTION
}
