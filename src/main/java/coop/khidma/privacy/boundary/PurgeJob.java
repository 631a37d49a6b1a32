package coop.khidma.privacy.boundary;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.scheduling.Leases;
import coop.khidma.privacy.control.RetentionRule;
import coop.khidma.privacy.entity.DataCategory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The daily retention purge through the deadline scheduler: every node's minute tick offers it; the
 * {@value #LEASE} lease (V13) lets exactly one node run each day's slot (the Riyadh date, from 03:00), whatever the
 * number of nodes. Like {@code DeadlineJobs}, {@code @PermitAll}: it reads the injected clock only.
 */
@Stateless
public class PurgeJob {

    public static final String LEASE = "privacy-purge";
    private static final Logger LOG = Logger.getLogger(PurgeJob.class.getName());

    @Inject
    Leases leases;

    @Inject
    Purge purge;

    @Inject
    Clock clock;

    /** What one offer did: whether this node ran the slot, and the records purged per category. */
    public record Run(String node, String slot, boolean ran, Map<DataCategory, Integer> counts) {
    }

    /** Offers today's purge, if its hour has come; at most one run per slot across all nodes. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Run offer(String node) {
        return RetentionRule.dailySlot(clock).map(slot -> run(node, slot))
                .orElseGet(() -> new Run(node, null, false, Map.of()));
    }

    private Run run(String node, String slot) {
        if (!leases.claim(LEASE, node, slot)) {
            return new Run(node, slot, false, Map.of());
        }
        Map<DataCategory, Integer> counts = purge.run(clock.instant(), Change.SYSTEM);
        leases.finished(LEASE);
        LOG.info(() -> "Retention purge on " + node + " for " + slot + ": " + counts);
        return new Run(node, slot, true, counts);
    }
}
