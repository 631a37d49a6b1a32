package coop.khidma.platform.scheduling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Runs the {@link DeadlineJob}s the components keep, whatever they are, in their {@linkplain DeadlineJob#order()
 * order}: on the minute's {@value #LEASE} lease today escalations climb, then the committee is reminded or its overdue
 * items escalated, then the outbox delivers SMS and e-mail, then the website API forgets idempotency answers past their
 * retention; a job with a lease of its own (the daily retention purge) runs in its own slot after them. Each lease's
 * slot runs on one node, inside one transaction that holds the lease row's lock and records the run; each job works
 * item by item in transactions of its own (under a row lock per item, so a record is acted on once even if two runs
 * ever overlapped).
 *
 * <p>At level FINE, every offer logs {@code Deadline slot <slot> ran on <node>} or {@code … stood by on <node>} (a
 * lease of its own is named after the slot: {@code Deadline slot <slot> of <lease> …}): with several nodes, each slot
 * runs on one of them. The jobs log what they changed themselves.
 *
 * <p>Why {@code @PermitAll} and not {@code @RunAs}: the jobs read the injected clock only, so a caller can at most
 * make due work happen now rather than at the next minute; {@code @RunAs} would hand the timer a whole staff role and
 * needs a run-as principal mapping that production deployments do not carry.
 */
@Stateless
public class DeadlineJobs {

    public static final String LEASE = "deadlines";
    private static final Logger LOG = Logger.getLogger(DeadlineJobs.class.getName());

    @Inject
    Leases leases;

    @Inject
    @Any
    Instance<DeadlineJob> jobs;

    @Resource
    SessionContext session;

    /**
     * What one offer of a lease's slot did: whether this node ran it, and how many records each job changed (by job
     * name, in the order they ran; empty when it stood by).
     */
    public record Run(String node, String lease, String slot, boolean ran, Map<String, Integer> changed) {

        /** How many records the job named {@code job} changed in this run (0 if it did not run). */
        public int changed(String job) {
            return changed.getOrDefault(job, 0);
        }
    }

    /**
     * A node's tick for {@code minute}: every lease whose slot is due is offered, each in a transaction of its own,
     * the minute's jobs first. Returns what each offer did.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Run> offer(String node, String minute) {
        DeadlineJobs self = session.getBusinessObject(DeadlineJobs.class);
        List<Run> runs = new ArrayList<>();
        byLease(jobs).forEach((lease, leased) -> leased.get(0).slot(minute)
                .ifPresent(slot -> runs.add(self.run(lease, node, slot))));
        return runs;
    }

    /**
     * Runs the minute's jobs for {@code slot} (the scheduled minute) unless another node already has; waits while
     * another node is running them.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Run run(String node, String slot) {
        return run(LEASE, node, slot);
    }

    /** Runs the jobs of {@code lease} for {@code slot} unless another node already has; waits while one is. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Run run(String lease, String node, String slot) {
        if (!leases.claim(lease, node, slot)) {
            LOG.fine(() -> slotName(lease, slot) + " stood by on " + node);
            return new Run(node, lease, slot, false, Map.of());
        }
        Map<String, Integer> changed = new LinkedHashMap<>();
        for (DeadlineJob job : byLease(jobs).getOrDefault(lease, List.of())) {
            changed.put(job.name(), job.run(node, slot));
        }
        leases.finished(lease);
        LOG.fine(() -> slotName(lease, slot) + " ran on " + node + " " + changed);
        return new Run(node, lease, slot, true, Collections.unmodifiableMap(changed));
    }

    /** The jobs by lease, each lease's in order (then by name); the leases in the order of their first job. */
    static Map<String, List<DeadlineJob>> byLease(Iterable<DeadlineJob> jobs) {
        List<DeadlineJob> sorted = new ArrayList<>();
        jobs.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(DeadlineJob::order).thenComparing(DeadlineJob::name));
        Map<String, List<DeadlineJob>> byLease = new LinkedHashMap<>();
        sorted.forEach(job -> byLease.computeIfAbsent(job.lease(), lease -> new ArrayList<>()).add(job));
        return byLease;
    }

    private static String slotName(String lease, String slot) {
        return "Deadline slot " + slot + (LEASE.equals(lease) ? "" : " of " + lease);
    }
}
