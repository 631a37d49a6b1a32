package coop.khidma.volunteering.entity;

/** What a volunteer would like to help with. */
public enum Interest {
    VISITOR_RECEPTION,
    EVENTS_AND_FESTIVALS,
    HERITAGE_SITES,
    MEMBER_SERVICES,
    MARKETING_AND_MEDIA,
    TRAINING_AND_AWARENESS,
    ENVIRONMENT
}
