package coop.khidma.platform.scheduling;

import coop.khidma.platform.persistence.DatabaseUnavailable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every node's minute tick: a non-persistent timer (no timer table to coordinate, nothing replayed after a restart)
 * that offers the minute to {@link DeadlineJobs}; the database lease decides which node runs it. A tick that finds
 * the previous one on this node still running is skipped. The tick comes at second 0 of every minute on every node, so
 * the nodes offer the same slot; {@value #INTERVAL_VARIABLE} (seconds, a divisor of 60) makes it more frequent, for the
 * two-node test. The same tick offers the jobs with a lease of their own their slot (the day's retention purge, once a
 * day).
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineTimer {

    /** Environment variable: seconds between two offers of the deadline jobs (default 60). */
    public static final String INTERVAL_VARIABLE = "KHIDMA_DEADLINE_INTERVAL_SECONDS";
    static final int DEFAULT_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(DeadlineTimer.class.getName());

    @Inject
    DeadlineJobs jobs;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();
    private String node;
    private int seconds;

    @PostConstruct
    void start() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        node = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        seconds = intervalSeconds(System.getenv(INTERVAL_VARIABLE));
        timers.createCalendarTimer(schedule(seconds), new TimerConfig(DeadlineJobs.LEASE, false));
        if (seconds != DEFAULT_SECONDS) {
            LOG.info(() -> "Deadline jobs offered every " + seconds + " s (" + INTERVAL_VARIABLE + ")");
        }
    }

    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            jobs.offer(node, slot(clock.instant(), seconds));
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.explains(e)) { // the slot's work waits in the database: the next tick does it
                LOG.warning(() -> "Deadline jobs skipped on " + node + ": the database does not answer; the next tick "
                        + "tries again");
                return;
            }
            LOG.log(Level.WARNING, "Deadline jobs failed on " + node + "; the next minute tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** The configured interval: a whole number of seconds that divides a minute, else the minute. */
    static int intervalSeconds(String configured) {
        try {
            int seconds = configured == null || configured.isBlank() ? DEFAULT_SECONDS : Integer.parseInt(configured.strip());
            if (seconds > 0 && DEFAULT_SECONDS % seconds == 0) {
                return seconds;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the warning
        }
        LOG.warning(() -> INTERVAL_VARIABLE + "=" + configured + " is not a divisor of 60: deadlines run every minute");
        return DEFAULT_SECONDS;
    }

    /** Second 0 of every minute, or every {@code seconds} seconds from second 0: the same instants on every node. */
    static ScheduleExpression schedule(int seconds) {
        return new ScheduleExpression().second(seconds == DEFAULT_SECONDS ? "0" : "*/" + seconds).minute("*").hour("*");
    }

    /** The slot a tick offers: the scheduled instant it belongs to, e.g. {@code 2026-11-25T10:15:00Z}. */
    static String slot(Instant now, int seconds) {
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds).toString();
    }

    /** This node's name in the lease: host and a random suffix (two nodes on one host stay distinct). */
    @PermitAll
    public String node() {
        return node;
    }
}
