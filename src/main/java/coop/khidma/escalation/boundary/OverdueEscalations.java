package coop.khidma.escalation.boundary;

import coop.khidma.platform.scheduling.DeadlineJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** The deadline scheduler's first job: unanswered escalations climb to the higher authority when their time is up. */
@ApplicationScoped
public class OverdueEscalations implements DeadlineJob {

    private static final Logger LOG = Logger.getLogger(OverdueEscalations.class.getName());

    @Inject
    Escalations escalations;

    @Override
    public String name() {
        return "escalations";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int run(String node, String slot) {
        int changed = escalations.climbOverdue();
        if (changed > 0) {
            LOG.info(() -> "Deadline jobs on " + node + " for " + slot + ": " + changed + " escalation(s)");
        }
        return changed;
    }
}
