package coop.khidma.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the machine's processor time went while the load ran: the whole machine's busy time ({@code /proc/stat}),
 * the Payara Micro node(s), MariaDB and the harness's own JVM (the people's protocol clients and the API calls); the
 * rest is anything else running. On a two-core machine the load generator shares the cores with the server it
 * measures: this says how much.
 */
final class CpuShares {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final List<Long> nodes;
    private final long mariaDb;
    private long machineTicks;
    private long idleTicks;
    private double nodeSeconds;
    private double mariaDbSeconds;
    private double harnessSeconds;
    private long began;

    private CpuShares(List<Long> nodes, long mariaDb) {
        this.nodes = nodes;
        this.mariaDb = mariaDb;
    }

    /** Starts counting now. */
    static CpuShares start(List<Long> nodePids) throws IOException {
        String databaseDir = System.getProperty("khidma.it.db.dir", "it-mariadb"); // the test run's own MariaDB
        long mariaDb = ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").matches(".*/(mysqld|mariadbd)")
                        && process.info().commandLine().orElse("").contains(databaseDir))
                .map(ProcessHandle::pid).findFirst().orElse(-1L);
        CpuShares shares = new CpuShares(nodePids, mariaDb);
        shares.snapshot(-1);
        return shares;
    }

    /** What was used since {@link #start}, as one sentence. */
    String since() throws IOException {
        // a MariaDB stopped during the run took its counters with it; the one started again is not the one counted
        boolean restarted = !ProcessHandle.of(mariaDb).map(ProcessHandle::isAlive).orElse(false);
        snapshot(1);
        double wall = (System.nanoTime() - began) / 1e9;
        double busy = (machineTicks - idleTicks) / TICKS_PER_SECOND;
        double others = busy - nodeSeconds - (restarted ? 0 : mariaDbSeconds) - harnessSeconds;
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format(Locale.ROOT, "processor time over the measured %.0f s on %d cores (%.0f core-seconds): "
                        + "busy %.0f%% of it; Payara Micro %.0f s, %s, the harness's JVM (the people's "
                        + "protocol clients, the API calls) %.0f s, anything else %.0f s",
                wall, cores, wall * cores, 100 * busy / (wall * cores), nodeSeconds, restarted
                        ? "MariaDB not told apart (it was stopped and started again during the run: in \"anything else\")"
                        : String.format(Locale.ROOT, "MariaDB %.0f s", mariaDbSeconds), harnessSeconds, others);
    }

    /** Adds (sign 1) or subtracts (sign -1) the counters as they are now. */
    private void snapshot(int sign) throws IOException {
        if (sign < 0) {
            began = System.nanoTime();
        }
        long[] cpu = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+")).skip(1)
                .mapToLong(Long::parseLong).toArray();
        long total = Arrays.stream(cpu, 0, Math.min(cpu.length, 8)).sum(); // user … steal; guest is inside user
        machineTicks += sign * total;
        idleTicks += sign * (cpu[3] + cpu[4]); // idle, iowait
        for (long node : nodes) {
            nodeSeconds += sign * seconds(node);
        }
        mariaDbSeconds += sign * seconds(mariaDb);
        harnessSeconds += sign * seconds(ProcessHandle.current().pid());
    }

    private static double seconds(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).map(Duration::toNanos)
                .orElse(0L) / 1e9;
    }
}
