package coop.khidma.operations;

import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.jdbc.ChainStore;
import coop.khidma.platform.scheduling.DeadlineTimer;
import coop.khidma.privacy.boundary.PurgeJob;
import coop.khidma.support.Applications;
import coop.khidma.support.Deployments;
import coop.khidma.support.ItDatabase;
import coop.khidma.support.MicroNode;
import coop.khidma.support.ReviewTestData;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Payara Micro nodes on this machine (loopback, each on a free port) running the same WAR over the one MariaDB of
 * the container tests, as a scaled-out office runs behind its sticky proxy. Each node offers the deadline jobs every
 * {@value #INTERVAL_SECONDS} s ({@link DeadlineTimer#INTERVAL_VARIABLE}); each is driven through the website API and a
 * test-only resource ({@link NodeDriver}). Shown: the deadline jobs run each slot on one node only and act on each
 * record once; ticket and membership numbers stay unique and gap-free with the load split over both nodes; a node
 * killed in the middle of website submissions loses none: clients retry on the other node with their Idempotency-Key,
 * and every acknowledged submission is stored exactly once. (Vaadin sessions are not replicated: a console or kiosk
 * user of the dead node signs in again on the other; that is documented, not tested here.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final int INTERVAL_SECONDS = 2;
    private static final Pattern SLOT_LINE = Pattern.compile("Deadline slot (\\S+) (ran|stood by) on (\\S+)");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** How far the nodes' clock runs ahead of this machine's ({@link NodeClock#aheadToPurgeHours}). */
    private static final Duration OFFSET = NodeClock.aheadToPurgeHours(ZonedDateTime.now(ZoneId.of("Asia/Riyadh")));

    private static MicroNode a;
    private static MicroNode b;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "two-nodes");
        Path war = work.resolve("khidma-two-nodes.war");
        Deployments.withTests(NodeDriver.class, NodeClock.class, ReviewTestData.class, ReviewTestData.OnAgenda.class,
                        ReviewTestData.EscalationView.class, ReviewTestData.AgendaView.class,
                        ReviewTestData.MessageView.class, Applications.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        Path logging = work.resolve("logging.properties");
        Files.writeString(logging, Files.readString(Path.of(System.getProperty("khidma.serverConfig"),
                "logging.properties")) + "\njava.util.logging.ConsoleHandler.level=FINE\n"
                + "coop.khidma.platform.scheduling.level=FINE\n");
        Map<String, String> environment = Map.of(DeadlineTimer.INTERVAL_VARIABLE, String.valueOf(INTERVAL_SECONDS),
                "KHIDMA_API_RATE_PER_MINUTE", "100000", NodeClock.OFFSET_VARIABLE, String.valueOf(OFFSET.toSeconds()));
        try {
            a = MicroNode.start("node-a", war, work, logging, environment);
            // node b boots with production's pre-boot commands: the loopback only, the scheme from X-Forwarded-Proto
            b = MicroNode.start("node-b", war, work, logging, environment, List.of("--prebootcommandfile",
                    Path.of(System.getProperty("khidma.serverConfig"), "pre-boot-production.asadmin").toString()));
            a.awaitReady(Duration.ofMinutes(6)); // both start at once: on a loaded two-core machine that takes minutes
            b.awaitReady(Duration.ofMinutes(6));
        } catch (Exception | Error e) {
            stopBoth();
            throw e;
        }
    }

    @AfterAll
    static void stopBoth() throws InterruptedException {
        try {
            if (a != null) {
                a.close();
            }
        } finally {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    @Order(0)
    void productionsPreBootCommandsKeepTheNodeOnTheLoopbackAndTakeTheSchemeFromTheProxy() throws Exception {
        HttpResponse<Void> overHttps = HTTP.send(HttpRequest.newBuilder(b.uri("/console/login"))
                .header("X-Forwarded-Proto", "https").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> plain = HTTP.send(HttpRequest.newBuilder(b.uri("/console/login"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(sessionCookie(overHttps)).as("nginx received HTTPS: the session cookie is Secure")
                .containsIgnoringCase("; Secure");
        assertThat(sessionCookie(plain)).as("development over plain HTTP keeps a usable cookie")
                .doesNotContainIgnoringCase("Secure");

        // the whole 127/8 is this machine: node a (every address) answers on 127.0.1.1, node b (127.0.0.1) does not
        assertThat(answers("127.0.1.1", a.port())).isTrue();
        assertThat(answers("127.0.1.1", b.port())).as("production listens on 127.0.0.1 only").isFalse();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static boolean answers(String address, int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    @Test
    @Order(1)
    void deadlineJobsRunEachSlotOnOneNodeAndActOnEachRecordOnce() throws Exception {
        List<String> escalated = lines(post(a, "/api/test/node/overdue-escalations?count=6"));
        List<String> overdueItems = lines(post(b, "/api/test/node/overdue-agenda-items?count=3"));

        awaitThat("every overdue record was acted on", () -> escalated.stream()
                .allMatch(reference -> audits(reference + "/OFFICER", "climb") > 0)
                && overdueItems.stream().allMatch(reference -> audits(reference, "escalateOverdue") > 0));
        // two more slots, so a second run over the same records would have happened by now
        for (int slot = 0; slot < 2; slot++) {
            String last = lastSlot();
            awaitThat("a next slot ran", () -> !last.equals(lastSlot()));
        }

        for (String reference : escalated) {
            assertThat(audits(reference + "/OFFICER", "climb")).as(reference).isEqualTo(1);
            assertThat(strings("SELECT CONCAT(level_code, ' ', state) FROM escalation WHERE request_reference = ? "
                    + "ORDER BY id", reference)).as(reference).containsExactly("OFFICER CLIMBED", "SUPERVISOR OPEN");
        }
        for (String reference : overdueItems) {
            assertThat(audits(reference, "escalateOverdue")).as(reference).isEqualTo(1);
            assertThat(audits(reference + "/DIRECTOR", "raise")).as(reference).isEqualTo(1);
        }
        Map<String, List<String>> ran = new TreeMap<>();
        Map<String, Set<String>> offeredBy = new TreeMap<>();
        for (MicroNode node : List.of(a, b)) {
            Matcher line = SLOT_LINE.matcher(node.log());
            while (line.find()) {
                offeredBy.computeIfAbsent(line.group(1), slot -> ConcurrentHashMap.newKeySet()).add(node.name());
                if (line.group(2).equals("ran")) {
                    ran.computeIfAbsent(line.group(1), slot -> new ArrayList<>()).add(node.name());
                }
            }
        }
        assertThat(ran).as("slots run").isNotEmpty();
        ran.forEach((slot, nodes) -> assertThat(nodes).as("nodes that ran " + slot).hasSize(1));
        assertThat(offeredBy.values()).as("slots both nodes offered").anySatisfy(nodes -> assertThat(nodes).hasSize(2));
    }

    @Test
    @Order(2)
    void theDailyRetentionPurgeRunsOnOneNodeOnly() throws Exception {
        // the nodes' day in Riyadh (their clock is OFFSET ahead), which is after 03:00 there by construction
        String today = ZonedDateTime.now(ZoneId.of("Asia/Riyadh")).plus(OFFSET).toLocalDate().toString();
        long before = purgeRuns(today);
        // forget that today's purge ran (earlier deployments of this test run may have run it): both nodes offer it again
        execute("UPDATE scheduler_lease SET last_slot = 'forgotten by TwoNodesIT' WHERE name = ?", PurgeJob.LEASE);
        awaitThat("a node ran today's purge again", () -> today.equals(
                strings("SELECT last_slot FROM scheduler_lease WHERE name = ?", PurgeJob.LEASE).get(0)));
        for (int slot = 0; slot < 2; slot++) { // two more ticks on both nodes, so a second run would have happened
            String last = lastSlot();
            awaitThat("a next slot ran", () -> !last.equals(lastSlot()));
        }
        assertThat(purgeRuns(today) - before).as("purge runs for " + today + " on both nodes").isEqualTo(1);
    }

    @Test
    @Order(3)
    void ticketAndMembershipNumbersStayUniqueAndGapFreeUnderLoadOnBothNodes() throws Exception {
        long ticketsBefore = count("SELECT COUNT(*) FROM queue_ticket WHERE service = 'INQUIRIES'");
        List<String> tickets = onBothNodes(80, node -> post(node, "/api/test/node/tickets/INQUIRIES"));

        assertThat(tickets).doesNotHaveDuplicates().hasSize(80);
        assertThat(count("SELECT COUNT(*) FROM queue_ticket WHERE service = 'INQUIRIES'")).isEqualTo(ticketsBefore + 80);
        Map<String, List<Long>> numbersByDay = new TreeMap<>();
        for (String row : strings("SELECT CONCAT(service_day, ' ', number) FROM queue_ticket "
                + "WHERE service = 'INQUIRIES' ORDER BY service_day, number")) {
            String[] dayAndNumber = row.split(" ");
            numbersByDay.computeIfAbsent(dayAndNumber[0], day -> new ArrayList<>()).add(Long.parseLong(dayAndNumber[1]));
        }
        numbersByDay.forEach((day, numbers) -> assertThat(numbers).as("tickets of " + day)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, numbers.size()).boxed().toList()));

        List<String> accepted = lines(post(a, "/api/test/node/accepted-applications?firstPerson=73000000&count=20"));
        List<String> before = strings("SELECT membership_number FROM member WHERE membership_number IS NOT NULL");
        List<String> numbers = onBothNodes(20, (node, i) -> post(node, "/api/test/node/registrations/"
                + accepted.get(i).replace(' ', '/')));

        assertThat(numbers).doesNotHaveDuplicates().hasSize(20).allMatch(number -> number.matches("NJT-\\d{4}-\\d{4,}"));
        String year = numbers.get(0).substring(0, 9);
        long highestBefore = before.stream().filter(number -> number.startsWith(year))
                .mapToLong(TwoNodesIT::serial).max().orElse(0);
        assertThat(numbers.stream().map(TwoNodesIT::serial).sorted().toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(highestBefore + 1, highestBefore + 20).boxed().toList());

        try (Connection connection = ItDatabase.database().connect()) {
            ChainReport chain = ChainStore.verify(connection);
            assertThat(chain.intact()).as("the audit chain after both nodes appended at once: " + chain).isTrue();
        }
    }

    @Test
    @Order(4)
    void aNodeKilledMidLoadLosesNoSubmission() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int total = 60;
        CountDownLatch firstAcknowledged = new CountDownLatch(10);
        AtomicInteger failovers = new AtomicInteger();
        AtomicInteger replays = new AtomicInteger();
        Map<Integer, String> keys = new ConcurrentHashMap<>();
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        Map<Integer, String> bodies = new ConcurrentHashMap<>();
        Set<Integer> answeredByA = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> submissions = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                if (i == total / 2) {
                    // mid-load: the first half is being filed on both nodes when node A dies; the second half comes after
                    assertThat(firstAcknowledged.await(60, TimeUnit.SECONDS)).as("ten submissions acknowledged").isTrue();
                    a.kill();
                }
                int n = i;
                keys.put(n, UUID.randomUUID().toString());
                submissions.add(clients.submit((Callable<Void>) () -> {
                    String body = "{\"type\":\"COMPLAINT\",\"name\":\"مراجع الموقع\",\"mobile\":\"0505550101\","
                            + "\"details\":\"two nodes " + run + " submission " + n + "\","
                            + "\"privacyNoticeVersion\":\"2026-12\",\"privacyNoticeAccepted\":true}";
                    bodies.put(n, body);
                    MicroNode node = n % 2 == 0 ? a : b;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (System.nanoTime() < deadline) {
                        try {
                            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(node.uri("/api/v1/requests"))
                                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                                    .header("Idempotency-Key", keys.get(n))
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            if (answer.statusCode() == 201) {
                                Matcher reference = REFERENCE.matcher(answer.body());
                                assertThat(reference.find()).as(answer.body()).isTrue();
                                acknowledged.put(n, reference.group(1));
                                if (node == a) {
                                    answeredByA.add(n);
                                }
                                answer.headers().firstValue("Idempotent-Replayed").ifPresent(yes -> replays.incrementAndGet());
                                firstAcknowledged.countDown();
                                return null;
                            }
                            // 409: the same key is being filed right now (e.g. by the dying node); ask again
                            assertThat(answer.statusCode()).as(answer.body()).isIn(409, 500, 502, 503);
                        } catch (IOException nodeGone) {
                            failovers.incrementAndGet();
                        }
                        node = node == a ? b : a; // the client's retry goes to the other node, with the same key
                        Thread.sleep(100);
                    }
                    return null;
                }));
            }
            for (Future<?> submission : submissions) {
                submission.get(90, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(a.isAlive()).isFalse();
        assertThat(failovers.get()).as("submissions that met the dead node and went to the other").isPositive();
        assertThat(acknowledged).as("acknowledged submissions").hasSize(total);
        for (var ack : acknowledged.entrySet()) {
            String details = "two nodes " + run + " submission " + ack.getKey();
            assertThat(strings("SELECT reference FROM service_request WHERE details = ?", details))
                    .as(details).containsExactly(ack.getValue());
            // the key is kept under the client's digest (a key belongs to the client that sent it): one row for it
            assertThat(strings("SELECT location FROM api_idempotency WHERE idempotency_key LIKE ?",
                    "%:" + keys.get(ack.getKey())))
                    .as(details).containsExactly("v1/requests/" + ack.getValue());
        }
        // a client that never got node A's answer asks node B again with the same key: the same request, not a second
        assertThat(answeredByA).as("submissions node A acknowledged before it died").isNotEmpty();
        for (int n : answeredByA) {
            HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(b.uri("/api/v1/requests"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", keys.get(n))
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(n))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(again.body()).contains("\"" + acknowledged.get(n) + "\"");
        }
        assertThat(count("SELECT COUNT(*) FROM service_request WHERE details LIKE 'two nodes " + run + " %'"))
                .isEqualTo(total);
        System.out.printf("Two nodes: %d submissions, node-a killed mid-load, %d attempts failed over, %d replayed%n",
                total, failovers.get(), replays.get());
    }

    private interface NodeCall {
        String call(MicroNode node, int index) throws Exception;
    }

    private interface SimpleNodeCall {
        String call(MicroNode node) throws Exception;
    }

    private static List<String> onBothNodes(int count, SimpleNodeCall call) throws Exception {
        return onBothNodes(count, (node, i) -> call.call(node));
    }

    /** {@code count} calls at once from eight clients, every other one on the other node; their answers in order. */
    private static List<String> onBothNodes(int count, NodeCall call) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = IntStream.range(0, count)
                    .mapToObj(i -> clients.submit(() -> call.call(i % 2 == 0 ? a : b, i))).toList();
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            clients.shutdownNow();
        }
    }

    private static String post(MicroNode node, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(node.name() + " " + path + ": " + answer.body()).isEqualTo(200);
        return answer.body().strip();
    }

    private static List<String> lines(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    private static long serial(String membershipNumber) {
        return Long.parseLong(membershipNumber.substring(membershipNumber.lastIndexOf('-') + 1));
    }

    /** Waits (polling the database, at most a minute) until {@code condition} holds. */
    private static void awaitThat(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** The purge runs for {@code slot} that the two nodes' logs show. */
    private static long purgeRuns(String slot) throws IOException {
        Pattern run = Pattern.compile("Retention purge on \\S+ for " + Pattern.quote(slot) + ":");
        long runs = 0;
        for (MicroNode node : List.of(a, b)) {
            runs += run.matcher(node.log()).results().count();
        }
        return runs;
    }

    private static void execute(String sql, String... parameters) {
        try (Connection connection = ItDatabase.database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastSlot() {
        return strings("SELECT last_slot FROM scheduler_lease WHERE name = 'deadlines'").get(0);
    }

    private static long audits(String subject, String action) {
        return Long.parseLong(strings("SELECT COUNT(*) FROM audit_entry WHERE subject = ? AND action = ?", subject,
                action).get(0));
    }

    private static long count(String sql) {
        return Long.parseLong(strings(sql).get(0));
    }

    private static List<String> strings(String sql, String... parameters) {
        try (Connection connection = ItDatabase.database().connect();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
