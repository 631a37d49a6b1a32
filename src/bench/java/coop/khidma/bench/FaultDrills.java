package coop.khidma.bench;

import coop.khidma.support.ItDatabase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Part F of the benchmark: the concurrency faults the issue names, at full size under {@code -Pbench} (small in the
 * test command, where they must hold): ten members of staff changing one request at once ({@link FaultDriver}'s
 * lost updates: every change applied or refused as a conflict, none lost), ten taps at once on one kiosk "Send"
 * (one submission token), and ten website posts at once with one {@code Idempotency-Key} (sent from here, counted
 * in the database) — each must file exactly one request.
 */
final class FaultDrills {

    /** What each drill found, each against its target. */
    record Figures(Map<String, String> lostUpdates, Map<String, String> doubleTaps, List<Integer> apiStatuses,
                   long apiRequests) {

        int changes() {
            return number(lostUpdates, "changes");
        }

        int appliedOrRefused() {
            return number(lostUpdates, "applied") + number(lostUpdates, "refused");
        }

        /** Changes lost: the audit trail, its chain, the version and the final state each checked against "applied". */
        int lost() {
            int applied = number(lostUpdates, "applied");
            return Math.abs(number(lostUpdates, "audited") - applied) + number(lostUpdates, "chainBreaks")
                    + Math.abs(number(lostUpdates, "versionGrowth") - applied)
                    + (Boolean.parseBoolean(lostUpdates.get("finalAgrees")) ? 0 : 1) + number(lostUpdates, "other");
        }

        int kioskRequests() {
            return number(doubleTaps, "requests");
        }

        private static int number(Map<String, String> figures, String name) {
            return Integer.parseInt(figures.getOrDefault(name, "-1"));
        }
    }

    private FaultDrills() {
    }

    static Figures run(URI node, int clerks, int changes, int taps) throws Exception {
        Map<String, String> lost = figures(get(node.resolve("bench-faults/lost-updates?clerks=" + clerks + "&changes="
                + changes)));
        Map<String, String> tapped = figures(get(node.resolve("bench-faults/double-taps?taps=" + taps)));
        String name = "نوف آل سعيد " + FaultDriver.lettersOnly();
        String key = UUID.randomUUID().toString();
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < taps; i++) {
            posts.add(client.sendAsync(HttpRequest.newBuilder(node.resolve("api/v1/requests"))
                    .timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"COMPLAINT\",\"name\":\"" + name + "\","
                            + "\"mobile\":\"0551239876\",\"details\":\"أُرسلت عشر مرات في لحظة واحدة\","
                            + "\"privacyNoticeVersion\":\"2026-12\",\"privacyNoticeAccepted\":true}",
                            StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> post : posts) {
            statuses.add(post.get().statusCode());
        }
        return new Figures(lost, tapped, statuses, filedUnder(name));
    }

    private static long filedUnder(String name) throws Exception {
        try (Connection db = ItDatabase.database().connect();
             PreparedStatement count = db.prepareStatement(
                     "SELECT COUNT(*) FROM service_request WHERE requester_name = ?")) {
            count.setString(1, name);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String get(URI uri) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMinutes(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri.getPath() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static Map<String, String> figures(String line) {
        return Arrays.stream(line.strip().split("\\s+")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }

    /** The drills' rows and a note of their raw figures. */
    static void report(ResultTable table, Figures figures, int clerks, int changes, int taps) {
        String lostName = String.format(Locale.ROOT, "F lost updates, %d staff × %d changes of one request", clerks,
                changes);
        table.add(lostName, "changes applied or refused as a conflict", figures.appliedOrRefused(), figures.changes(),
                "changes", "all", figures.appliedOrRefused() == figures.changes());
        table.add(lostName, "changes lost (trail, chain, version, final state)", figures.lost(), Double.NaN, "changes",
                "0", figures.lost() == 0);
        table.add(String.format(Locale.ROOT, "F double taps, %d at once on one kiosk Send", taps), "requests filed",
                figures.kioskRequests(), Double.NaN, "requests", "1", figures.kioskRequests() == 1);
        table.add(String.format(Locale.ROOT, "F double posts, %d at once with one Idempotency-Key", taps),
                "requests filed", figures.apiRequests(), Double.NaN, "requests", "1", figures.apiRequests() == 1);
        table.note("F: lost updates " + figures.lostUpdates() + "; kiosk taps " + figures.doubleTaps()
                + "; API answers " + figures.apiStatuses() + " (201 filed or replayed, 409 while the first was being "
                + "filed). Through the real boundaries inside Payara Micro (FaultDriver, as RunAs staff), and the API "
                + "over HTTP.");
    }
}
