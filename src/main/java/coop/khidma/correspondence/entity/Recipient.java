package coop.khidma.correspondence.entity;

import coop.khidma.person.EmailAddress;
import coop.khidma.person.SaudiMobile;

import java.util.Objects;

/**
 * Whom a letter goes to, as plain values: the name the greeting uses, the mobile and e-mail address known (either may
 * be {@code null}), and the channel that reaches them. The component that writes decides the channel; the outbox
 * only checks that it can be used ({@link Message#queue}). Every letter is in Arabic and English, so no language is
 * chosen here.
 */
public record Recipient(String name, SaudiMobile mobile, EmailAddress email, MessageChannel channel) {

    public Recipient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
    }

    /** Someone reached by text message only (a volunteer). */
    public static Recipient bySms(String name, SaudiMobile mobile) {
        return new Recipient(name, mobile, null, MessageChannel.SMS);
    }
}
