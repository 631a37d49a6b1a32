package coop.khidma.platform.scheduling;

import coop.khidma.privacy.boundary.PurgeJob;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every node's minute tick: a non-persistent timer (no timer table to coordinate, nothing replayed after a restart)
 * that offers the minute to {@link DeadlineJobs}; the database lease decides which node runs it. A tick that finds
 * the previous one on this node still running is skipped. The same tick offers the day's retention purge
 * ({@link PurgeJob}, its own lease, once a day).
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineTimer {

    private static final Logger LOG = Logger.getLogger(DeadlineTimer.class.getName());

    @Inject
    DeadlineJobs jobs;

    @Inject
    PurgeJob purge;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private String node;

    @PostConstruct
    void name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        node = host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = DeadlineJobs.LEASE)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            jobs.run(node, clock.instant().truncatedTo(ChronoUnit.MINUTES).toString());
            purge.offer(node);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline jobs failed on " + node + "; the next minute tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** This node's name in the lease: host and a random suffix (two nodes on one host stay distinct). */
    @PermitAll
    public String node() {
        return node;
    }
}
