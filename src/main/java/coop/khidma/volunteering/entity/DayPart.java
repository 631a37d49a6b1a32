package coop.khidma.volunteering.entity;

/** When in the day a volunteer is free. */
public enum DayPart {
    MORNING,
    AFTERNOON,
    EVENING
}
