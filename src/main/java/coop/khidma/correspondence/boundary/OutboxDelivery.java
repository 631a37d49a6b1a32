package coop.khidma.correspondence.boundary;

import coop.khidma.platform.scheduling.DeadlineJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * The deadline scheduler's outbox job, after the escalations and the committee (so what they queued goes out in the
 * same minute): SMS and e-mail waiting in the outbox are delivered.
 */
@ApplicationScoped
public class OutboxDelivery implements DeadlineJob {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @Inject
    Outbox outbox;

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public int run(String node, String slot) {
        int delivered = outbox.deliverPending();
        if (delivered > 0) {
            LOG.info(() -> "Outbox on " + node + " for " + slot + ": " + delivered + " message(s) delivered");
        }
        return delivered;
    }
}
