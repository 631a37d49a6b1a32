package coop.khidma.correspondence.control;

import coop.khidma.person.SaudiMobile;

/**
 * Sends a text message to a Saudi mobile through the association's SMS provider ({@link HttpSms}, configured by
 * {@link SmsSettings}). When none is configured the outbox marks each SMS NO_GATEWAY: nothing is ever recorded as sent
 * that did not leave the server.
 */
public interface SmsGateway {

    /** Whether a provider is configured; without one nothing is sent. */
    boolean configured();

    /**
     * Hands the text to the provider and returns the id it gave the message (its delivery report names it); throws
     * {@link DeliveryFailure}, temporary (busy, down, silent: try again later) or not (refused, e.g. a bad number).
     */
    String send(SaudiMobile to, String text);
}
