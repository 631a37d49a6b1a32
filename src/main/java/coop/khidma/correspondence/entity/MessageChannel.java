package coop.khidma.correspondence.entity;

import coop.khidma.intake.entity.Channel;

/** How a message reaches the member. */
public enum MessageChannel {
    /** A printable letter, handed over or posted. */
    LETTER,
    /** E-mail via Jakarta Mail, when configured and the member gave an address. */
    EMAIL,
    /** A text message through the pluggable SMS sender. */
    SMS;

    /**
     * The channel that answers a request the way it came: a letter for letters and in-person interviews, e-mail for
     * the website (when an address is known), otherwise SMS to the mobile every request carries.
     */
    public static MessageChannel answering(Channel channel, boolean emailKnown) {
        return switch (channel) {
            case LETTER, IN_PERSON -> LETTER;
            case WEBSITE, SOCIAL_MEDIA -> emailKnown ? EMAIL : SMS;
            case PHONE, HELP_REQUEST, VOLUNTEERING, KIOSK -> SMS;
        };
    }
}
