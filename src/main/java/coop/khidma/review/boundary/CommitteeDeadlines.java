package coop.khidma.review.boundary;

import coop.khidma.platform.scheduling.DeadlineJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * The deadline scheduler's committee job, after the escalations: the committee is reminded before an item's ceiling,
 * and an item past it is escalated once.
 */
@ApplicationScoped
public class CommitteeDeadlines implements DeadlineJob {

    private static final Logger LOG = Logger.getLogger(CommitteeDeadlines.class.getName());

    @Inject
    Reviews reviews;

    @Override
    public String name() {
        return "agenda-items";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public int run(String node, String slot) {
        int changed = reviews.remindAndEscalateOverdue();
        if (changed > 0) {
            LOG.info(() -> "Deadline jobs on " + node + " for " + slot + ": " + changed + " agenda item(s)");
        }
        return changed;
    }
}
