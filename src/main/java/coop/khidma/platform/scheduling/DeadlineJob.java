package coop.khidma.platform.scheduling;

import java.util.Optional;

/**
 * One job the deadline scheduler runs, kept by the component whose records it acts on (escalations climbing, the
 * committee reminded, the outbox delivering…), so the scheduler knows no business: {@link DeadlineJobs} runs every
 * implementation there is, in {@link #order()}, inside the transaction that holds its lease. An implementation is a
 * small bean in its component's {@code boundary} that calls that component's own scheduler method.
 *
 * <p>A job works item by item in transactions of its own where it changes records one by one (under a row lock per
 * item, so a record is acted on once even if two runs ever overlapped); it reads the injected clock only, so a caller
 * can at most make due work happen now.
 */
public interface DeadlineJob {

    /** Its name in a run's counts, e.g. {@code escalations}. */
    String name();

    /**
     * Its place in the run, lower first (escalations 10, the committee 20, the outbox 30, the website's idempotency
     * answers 40); leases are offered in the order of their first job.
     */
    int order();

    /**
     * The {@code scheduler_lease} row it runs under: the minute's {@value DeadlineJobs#LEASE} unless it has a row of its
     * own (added by a migration).
     */
    default String lease() {
        return DeadlineJobs.LEASE;
    }

    /**
     * The slot of its lease that the tick for {@code minute} offers (e.g. {@code 2026-11-25T10:15:00Z}); a daily job
     * answers with its day once its hour has come, and nothing before. Jobs sharing a lease share its first job's slot.
     */
    default Optional<String> slot(String minute) {
        return Optional.of(minute);
    }

    /**
     * Runs the job for {@code slot} on {@code node} (both for its log lines), inside the transaction that holds the
     * lease; returns how many records it changed.
     */
    int run(String node, String slot);
}
