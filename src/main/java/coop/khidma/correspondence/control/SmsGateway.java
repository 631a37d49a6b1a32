package coop.khidma.correspondence.control;

import coop.khidma.person.SaudiMobile;

/**
 * Sends a text message to a Saudi mobile. The default ({@link LoggedSms}) only logs that a message went out (the
 * number masked); an association with an SMS provider supplies its own implementation as a CDI alternative.
 */
public interface SmsGateway {

    void send(SaudiMobile to, String text);
}
