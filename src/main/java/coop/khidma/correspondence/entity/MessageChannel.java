package coop.khidma.correspondence.entity;

/**
 * How a message reaches the member; the component that writes chooses it for its {@link Recipient}, following the
 * member's choice where they made one (issue #15).
 */
public enum MessageChannel {
    /** A printable letter, printed at the counter and handed over (or posted). */
    LETTER,
    /** E-mail via Jakarta Mail, when configured and the member gave an address. */
    EMAIL,
    /** A text message through the SMS provider configured by {@code KHIDMA_SMS_ENDPOINT} (else NO_GATEWAY). */
    SMS
}
