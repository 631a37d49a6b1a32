package coop.khidma.volunteering.entity;

/** What a volunteer can do, from a fixed list so staff can match people to tasks. */
public enum Skill {
    TOUR_GUIDING,
    TRANSLATION,
    PHOTOGRAPHY,
    DESIGN,
    SOCIAL_MEDIA,
    EVENT_ORGANISATION,
    HOSPITALITY,
    COMPUTING,
    FIRST_AID,
    DRIVING
}
