package coop.khidma.correspondence.control;

import coop.khidma.person.SaudiMobile;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Logger;

/** The SMS gateway until a provider is configured: records that a message would go out, never the number in full. */
@ApplicationScoped
public class LoggedSms implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggedSms.class.getName());

    @Override
    public void send(SaudiMobile to, String text) {
        LOG.info(() -> "SMS to " + to + " (" + text.length() + " characters)");
    }
}
