package coop.khidma.privacy.boundary;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.personaldata.DataCategory;
import coop.khidma.platform.scheduling.DeadlineJob;
import coop.khidma.platform.scheduling.DeadlineJobs;
import coop.khidma.privacy.control.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The daily retention purge as a deadline job: every node's minute tick offers it; the {@value #LEASE} lease (V13)
 * lets exactly one node run each day's slot (the Riyadh date, from 03:00), whatever the number of nodes. Like the
 * other deadline jobs, open to the timer's unauthenticated identity: it reads the injected clock only.
 */
@ApplicationScoped
public class PurgeJob implements DeadlineJob {

    public static final String LEASE = "privacy-purge";
    private static final Logger LOG = Logger.getLogger(PurgeJob.class.getName());

    @Inject
    DeadlineJobs jobs;

    @Inject
    Purge purge;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "retention-purge";
    }

    /** After the minute's jobs. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public String lease() {
        return LEASE;
    }

    /** Today's slot once its hour has come, whatever the minute. */
    @Override
    public Optional<String> slot(String minute) {
        return RetentionRule.dailySlot(clock);
    }

    /** The purge as of now, by the system; logs the records purged per category. */
    @Override
    public int run(String node, String slot) {
        Map<DataCategory, Integer> counts = purge.run(clock.instant(), Change.SYSTEM);
        LOG.info(() -> "Retention purge on " + node + " for " + slot + ": " + counts);
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Offers today's purge now, as the minute tick does: if its hour has come, at most one run per slot. */
    public DeadlineJobs.Run offer(String node) {
        return slot(null).map(slot -> jobs.run(LEASE, node, slot))
                .orElseGet(() -> new DeadlineJobs.Run(node, LEASE, null, false, Map.of()));
    }
}
