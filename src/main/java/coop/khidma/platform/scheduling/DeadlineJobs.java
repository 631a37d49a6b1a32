package coop.khidma.platform.scheduling;

import coop.khidma.api.Idempotency;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.review.boundary.Reviews;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * One run of the deadline jobs on one node, inside the transaction that holds the {@value #LEASE} lease:
 * escalations climb, then the committee is reminded or its overdue items escalated, then the outbox delivers SMS
 * and e-mail, then the website API forgets idempotency answers past their retention. Each job works item by item in transactions of its own (under a row lock per item, so a record is
 * acted on once even if two runs ever overlapped); the lease transaction only holds the lock and records the run.
 *
 * <p>At level FINE, every offer logs {@code Deadline slot <slot> ran on <node>} or {@code … stood by on <node>}: with
 * several nodes, each slot runs on one of them.
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
    Escalations escalations;

    @Inject
    Reviews reviews;

    @Inject
    Outbox outbox;

    @Inject
    Idempotency idempotency;

    /** What one offer to run did: whether this node ran the slot, and how many records each job changed. */
    public record Run(String node, String slot, boolean ran, int escalationsChanged, int agendaItemsChanged) {
    }

    /**
     * Runs the jobs for {@code slot} (the scheduled minute) unless another node already has; waits while another
     * node is running them.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Run run(String node, String slot) {
        if (!leases.claim(LEASE, node, slot)) {
            LOG.fine(() -> "Deadline slot " + slot + " stood by on " + node);
            return new Run(node, slot, false, 0, 0);
        }
        Run run = new Run(node, slot, true, escalations.climbOverdue(), reviews.remindAndEscalateOverdue());
        int delivered = outbox.deliverPending();
        int forgotten = idempotency.forgetExpired();
        leases.finished(LEASE);
        LOG.fine(() -> "Deadline slot " + slot + " ran on " + node);
        if (delivered > 0) {
            LOG.info(() -> "Outbox on " + node + " for " + slot + ": " + delivered + " message(s) delivered");
        }
        if (forgotten > 0) {
            LOG.fine(() -> "Idempotency answers past their retention forgotten: " + forgotten);
        }
        if (run.escalationsChanged() + run.agendaItemsChanged() > 0) {
            LOG.info(() -> "Deadline jobs on " + node + " for " + slot + ": " + run.escalationsChanged()
                    + " escalation(s), " + run.agendaItemsChanged() + " agenda item(s)");
        }
        return run;
    }
}
