package coop.khidma.bench;

import coop.khidma.support.Browser;
import coop.khidma.support.ConsoleStaff;
import coop.khidma.support.EmbeddedMariaDb;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One office's busiest day, for a while: kiosk visitors and staff (each a {@link FlowClient}, the browser's own
 * protocol over HTTP) and the website's API calls, all at once against one entry point (a node, or the proxy in front of two), with what the issue asks measured on the
 * nodes themselves — the server time of every Vaadin round trip ({@link UidlTimer}, in the nodes' deployment), the
 * heap after a full collection at a fifth of the run (minute 2 of 10) and at its end, and the database connections
 * the nodes hold (five times a second). The kiosks are opened and the staff signed in before
 * the measured time starts.
 */
final class OfficeLoad {

    /** Who comes and for how long. Think times are a person's pause between taps. */
    record Plan(Duration length, int kiosks, int staff, int apiPerSecond, Duration kioskThink, Duration staffThink) {
    }

    /** A node under load: its own address (for the round-trip recorder) and its process (for the heap). */
    record Node(String name, URI direct, long pid) {
    }

    record Figures(Map<String, Integer> done, int failures, List<String> firstFailures, Latencies roundTrips,
                   Latencies api, Map<String, long[]> heapKilobytes, int connectionsInUseMax, double connectionsInUseMean,
                   int connectionsOpenMax, double seconds, String processorTime, Set<String> given,
                   Outage.Figures outage) {

        int walks() {
            return done.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Plan plan;
    private final URI entry;
    private final List<Node> nodes;
    private final EmbeddedMariaDb database;
    private final Outage outage;

    OfficeLoad(Plan plan, URI entry, List<Node> nodes, EmbeddedMariaDb database) {
        this(plan, entry, nodes, database, null);
    }

    /** A load run during which {@code outage} (when not {@code null}) takes the database away and brings it back. */
    OfficeLoad(Plan plan, URI entry, List<Node> nodes, EmbeddedMariaDb database, Outage outage) {
        this.plan = plan;
        this.entry = entry;
        this.nodes = List.copyOf(nodes);
        this.database = database;
        this.outage = outage;
    }

    Figures run() throws Exception {
        staffAccounts();
        List<FlowClient> kiosks = new ArrayList<>();
        List<FlowClient> staff = new ArrayList<>();
        ExecutorService opening = Executors.newFixedThreadPool(4);
        ExecutorService people = Executors.newFixedThreadPool(plan.kiosks() + plan.staff());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try {
            open(opening, kiosks, staff);
            LoadLog log = new LoadLog(outage);
            Connections connections = new Connections();
            nodes.forEach(node -> bench(node, "uidl-start"));
            CpuShares cpu = CpuShares.start(nodes.stream().map(Node::pid).toList());
            long began = System.nanoTime();
            long until = began + plan.length().toNanos();
            sampler.scheduleAtFixedRate(connections::sample, 0, 200, TimeUnit.MILLISECONDS);
            Future<?> away = outage == null ? null : opening.submit(() -> {
                outage.run(entry, began);
                return null;
            });
            List<Future<?>> walking = new ArrayList<>();
            try (WebsiteTraffic website = new WebsiteTraffic(entry, log)) {
                website.start(plan.apiPerSecond());
                kiosks.forEach(kiosk -> walking.add(people.submit(() -> Visitors.kiosk(kiosk, log, until,
                        plan.kioskThink()))));
                staff.forEach(member -> walking.add(people.submit(() -> Visitors.staff(member, log, until,
                        plan.staffThink()))));
                Thread.sleep(plan.length().toMillis() / 5);
                Map<String, long[]> heap = new LinkedHashMap<>();
                for (Node node : nodes) {
                    heap.put(node.name(), new long[]{ServerHeap.usedAfterFullGcKilobytes(node.pid()), 0});
                }
                Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
                website.close(); // the website stops at the end; people finish the journey they are in
                for (Future<?> person : walking) {
                    person.get(5, TimeUnit.MINUTES);
                }
                if (away != null) {
                    away.get(5, TimeUnit.MINUTES);
                }
                double seconds = (System.nanoTime() - began) / 1e9;
                String processorTime = cpu.since();
                sampler.shutdownNow();
                List<Long> roundTrips = new ArrayList<>();
                nodes.forEach(node -> Arrays.stream(bench(node, "uidl-stop").strip().split("\\s+")).skip(1)
                        .map(Long::parseLong).forEach(roundTrips::add));
                for (Node node : nodes) {
                    heap.get(node.name())[1] = ServerHeap.usedAfterFullGcKilobytes(node.pid());
                }
                List<Long> api = log.apiLatencies();
                return new Figures(log.done(), log.failures(), log.firstFailures(),
                        Latencies.of((long) (seconds * 1e9), roundTrips), Latencies.of((long) (seconds * 1e9), api),
                        heap, connections.inUseMax.get(), connections.mean(), connections.openMax.get(), seconds,
                        processorTime, log.allFiled(), outage == null ? null : outage.figures());
            }
        } finally {
            sampler.shutdownNow();
            people.shutdownNow();
            opening.shutdownNow();
        }
    }

    /**
     * Every person ready before the measured time (kiosks at the welcome screen, each its own registered device;
     * staff signed in at the console's home), four at a time.
     */
    private void open(ExecutorService opening, List<FlowClient> kiosks, List<FlowClient> staff) throws Exception {
        List<Future<FlowClient>> kioskClients = new ArrayList<>();
        for (int i = 1; i <= plan.kiosks(); i++) {
            String device = String.format(Locale.ROOT, "load-kiosk-%02d", i);
            kioskClients.add(opening.submit(() -> {
                FlowClient kiosk = new FlowClient(entry, Browser.kioskDevice(device));
                kiosk.open("");
                kiosk.find("tile-checkin");
                return kiosk;
            }));
        }
        List<Future<FlowClient>> staffClients = new ArrayList<>();
        for (int i = 1; i <= plan.staff(); i++) {
            String username = String.format(Locale.ROOT, "load%02d", i);
            staffClients.add(opening.submit(() -> {
                FlowClient member = new FlowClient(entry, null);
                member.signIn(username, ConsoleStaff.PASSWORD);
                return member;
            }));
        }
        for (Future<FlowClient> kiosk : kioskClients) {
            kiosks.add(kiosk.get(5, TimeUnit.MINUTES));
        }
        for (Future<FlowClient> member : staffClients) {
            staff.add(member.get(5, TimeUnit.MINUTES));
        }
    }

    /**
     * The staff of the load test ({@code load01}…), as the journeys' {@code staff1}: the same role and password (its
     * hash copied), made once in the test database.
     */
    private void staffAccounts() throws Exception {
        try (Connection db = database.connect(); Statement statement = db.createStatement()) {
            for (int i = 1; i <= plan.staff(); i++) {
                String username = String.format(Locale.ROOT, "load%02d", i);
                statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS load_account AS "
                        + "SELECT * FROM staff_account WHERE username = 'staff1'");
                statement.execute("UPDATE load_account SET username = '" + username + "', display_name = "
                        + "'موظف الحمل " + username + "'");
                statement.execute("INSERT IGNORE INTO staff_account SELECT * FROM load_account");
                statement.execute("INSERT IGNORE INTO staff_role (username, role) "
                        + "SELECT '" + username + "', role FROM staff_role WHERE username = 'staff1'");
            }
            statement.execute("DROP TEMPORARY TABLE IF EXISTS load_account");
        }
    }

    private static String bench(Node node, String what) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    node.direct().resolve("bench/" + what)).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(node.name() + " bench/" + what + ": " + answer.statusCode());
            }
            return answer.body();
        } catch (Exception e) {
            throw new IllegalStateException(node.name() + " bench/" + what, e);
        }
    }

    /**
     * The nodes' connections to MariaDB, five times a second: those in use (running a statement, from MariaDB's
     * process list of the application's user — the other servers on this database are idle meanwhile) and those open
     * (the nodes' own established TCP connections to the database's port, from {@code /proc}: the test run's idle
     * server keeps connections of its own open to the same database).
     */
    private final class Connections {

        final AtomicInteger inUseMax = new AtomicInteger();
        final AtomicInteger openMax = new AtomicInteger();
        final AtomicLong inUseSum = new AtomicLong();
        final AtomicLong samples = new AtomicLong();
        private Connection connection;

        void sample() {
            try {
                if (connection == null) {
                    connection = database.connect();
                }
                try (PreparedStatement query = connection.prepareStatement("SELECT "
                        + "COALESCE(SUM(COMMAND <> 'Sleep'), 0) FROM information_schema.PROCESSLIST "
                        + "WHERE USER = ? AND ID <> CONNECTION_ID()")) {
                    query.setString(1, database.user());
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        inUseMax.accumulateAndGet(row.getInt(1), Math::max);
                        inUseSum.addAndGet(row.getInt(1));
                        samples.incrementAndGet();
                    }
                }
                openMax.accumulateAndGet(open(), Math::max);
            } catch (Exception notThisTime) {
                connection = null;
            }
        }

        /** The nodes' established TCP connections to the database's port. */
        private int open() throws IOException {
            Set<String> sockets = new HashSet<>();
            for (Node node : nodes) {
                try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(Path.of("/proc", String.valueOf(
                        node.pid()), "fd"))) {
                    for (Path descriptor : descriptors) {
                        try {
                            String target = Files.readSymbolicLink(descriptor).toString();
                            if (target.startsWith("socket:[")) {
                                sockets.add(target.substring(8, target.length() - 1));
                            }
                        } catch (IOException closedMeanwhile) {
                            // the descriptor went away while we looked
                        }
                    }
                }
            }
            String port = String.format(Locale.ROOT, ":%04X", database.port());
            int open = 0;
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                    String[] columns = line.trim().split("\\s+");
                    // remote address, state 01 = established, inode
                    if (columns[2].endsWith(port) && columns[3].equals("01") && sockets.contains(columns[9])) {
                        open++;
                    }
                }
            }
            return open;
        }

        double mean() {
            return samples.get() == 0 ? Double.NaN : inUseSum.get() / (double) samples.get();
        }
    }
}
