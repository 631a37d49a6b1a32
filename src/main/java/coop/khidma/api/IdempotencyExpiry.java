package coop.khidma.api;

import coop.khidma.platform.scheduling.DeadlineJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** The deadline scheduler's last minute job: the website's idempotency answers past their retention are forgotten. */
@ApplicationScoped
public class IdempotencyExpiry implements DeadlineJob {

    private static final Logger LOG = Logger.getLogger(IdempotencyExpiry.class.getName());

    @Inject
    Idempotency idempotency;

    @Override
    public String name() {
        return "idempotency-answers";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public int run(String node, String slot) {
        int forgotten = idempotency.forgetExpired();
        if (forgotten > 0) {
            LOG.fine(() -> "Idempotency answers past their retention forgotten: " + forgotten);
        }
        return forgotten;
    }
}
