package coop.khidma.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The SMS provider the container tests' Payara Micro is configured to use (the failsafe configuration points
 * {@code KHIDMA_SMS_ENDPOINT} at it, with the token file and a 2 s answer timeout): a real HTTP server on loopback,
 * started with the deployment in the server's JVM, speaking the provider's JSON as {@code control.HttpSms} does. It
 * checks the bearer token, keeps every message it took, and answers each destination number as a test scripted it
 * ({@link #script}): accepted with an id (the default, so every other test's messages are accepted), an HTTP status
 * (400 bad number, 429 throttled, 5xx), an acceptance without an id, or an answer later than the timeout. Tests run
 * in the same JVM, so they script and read it directly.
 */
@ApplicationScoped
public class FakeSmsProvider {

    private static final Logger LOG = Logger.getLogger(FakeSmsProvider.class.getName());
    private static final Map<String, Deque<Answer>> SCRIPTS = new ConcurrentHashMap<>();
    private static final Map<String, List<Taken>> TAKEN = new ConcurrentHashMap<>();
    private static final AtomicInteger IDS = new AtomicInteger();

    private HttpServer server;

    /** How the provider answers one message. */
    public record Answer(int status, boolean withId, long delayMillis) {

        /** 200 with a fresh id. */
        public static Answer accepted() {
            return new Answer(200, true, 0);
        }

        /** The status, with no id. */
        public static Answer status(int status) {
            return new Answer(status, false, 0);
        }

        /** 200 with an id, but only after the wait: later than the server's 2 s timeout. */
        public static Answer tooLate() {
            return new Answer(200, true, 3_500);
        }
    }

    /** A message the provider took: the sender, the text, the id it answered (null when it refused), the token. */
    public record Taken(String from, String text, String id, String authorization) {
    }

    /** The next answers to messages to the number (+9665…), in order; then "accepted" again. */
    public static void script(String to, Answer... answers) {
        SCRIPTS.computeIfAbsent(to, number -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** The messages to the number the provider was sent so far, oldest first. */
    public static List<Taken> taken(String to) {
        return List.copyOf(TAKEN.getOrDefault(to, List.of()));
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object deployed) throws IOException {
        String endpoint = System.getenv("KHIDMA_SMS_ENDPOINT");
        if (endpoint == null || endpoint.isBlank() || server != null) {
            return;
        }
        URI uri = URI.create(endpoint);
        String token = Files.readString(Path.of(System.getenv("KHIDMA_SMS_TOKEN_FILE"))).lines().findFirst()
                .orElseThrow().strip();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", uri.getPort()), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext(uri.getPath(), exchange -> answer(exchange, token));
        server.start();
        LOG.info(() -> "Fake SMS provider listening at " + endpoint);
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, String token) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!"POST".equals(exchange.getRequestMethod()) || !("Bearer " + token).equals(authorization)) {
                reply(exchange, 401, "{\"error\":\"unauthorized\"}");
                return;
            }
            JsonObject sent;
            try (InputStream in = exchange.getRequestBody()) {
                sent = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                        .readObject();
            }
            String to = sent.getString("to");
            Deque<Answer> script = SCRIPTS.getOrDefault(to, new ArrayDeque<>());
            Answer answer;
            synchronized (script) {
                answer = script.isEmpty() ? Answer.accepted() : script.poll();
            }
            String id = answer.status() / 100 == 2 && answer.withId() ? "fake-" + IDS.incrementAndGet() : null;
            TAKEN.computeIfAbsent(to, number -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(new Taken(sent.getString("from"), sent.getString("text"), id, authorization));
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            reply(exchange, answer.status(), id == null ? "{\"error\":\"refused\"}" : "{\"id\":\"" + id + "\"}");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
