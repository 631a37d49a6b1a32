package coop.khidma.intake.entity;

/** How a request reached the association: the policy's seven channels, plus the office kiosk. */
public enum Channel {
    IN_PERSON,
    PHONE,
    SOCIAL_MEDIA,
    LETTER,
    HELP_REQUEST,
    VOLUNTEERING,
    WEBSITE,
    KIOSK
}
