package coop.khidma.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load test's reverse proxy in front of two nodes, doing what {@code server-config/nginx-khidma.conf} does for a
 * scaled-out office: every Vaadin session stays on the node that made it (Vaadin's UI state lives in that node's
 * memory). nginx's {@code ip_hash} cannot tell apart browsers that all run on this machine, so this proxy is sticky by
 * the session cookie instead: a request without one goes to the next node in turn, and the node that answers with a
 * new {@code JSESSIONID} keeps every later request carrying it. It passes the website visitors' addresses on in
 * {@code X-Forwarded-For} as the harness gives them (they all connect from loopback here), and counts what each node
 * served.
 */
final class StickyProxy implements AutoCloseable {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;\\s]+)");
    /** Headers the JDK's client sets itself or refuses, and hop-by-hop headers a proxy does not pass on. */
    private static final Set<String> NOT_PASSED = Set.of("connection", "content-length", "date", "expect", "from",
            "host", "upgrade", "via", "warning", "keep-alive", "transfer-encoding", "te", "trailer",
            "proxy-connection", "http2-settings");

    private final List<URI> nodes;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(64);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicLongArray served;

    StickyProxy(List<URI> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        this.served = new AtomicLongArray(nodes.size());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.start();
    }

    /** The proxy's own address, {@code http://127.0.0.1:port/}. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** How many requests each node served, in the order the nodes were given. */
    long[] served() {
        long[] counts = new long[nodes.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = served.get(i);
        }
        return counts;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            int node = nodeFor(exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
            URI target = nodes.get(node).resolve(exchange.getRequestURI().toString());
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(2));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_PASSED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            if (!exchange.getRequestHeaders().containsKey("X-Forwarded-For")) {
                request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
            }
            request.header("X-Forwarded-Proto", "http");
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            request.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (IOException unreachable) {
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            served.incrementAndGet(node);
            response.headers().map().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (NOT_PASSED.contains(lower) || lower.equals(":status")) {
                    return;
                }
                for (String value : values) {
                    if (lower.equals("set-cookie")) {
                        Matcher session = SESSION.matcher(value);
                        if (session.find()) {
                            sessions.put(session.group(1), node);
                        }
                    }
                    exchange.getResponseHeaders().add(name, lower.equals("location")
                            ? value.replace(nodes.get(node).toString(), uri().toString()) : value);
                }
            });
            byte[] answer = response.body();
            boolean bodiless = exchange.getRequestMethod().equals("HEAD") || response.statusCode() == 204
                    || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), bodiless ? -1 : answer.length == 0 ? -1 : answer.length);
            if (!bodiless && answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    /** The node of the request's session, or the next in turn for a request that has none this proxy knows. */
    private int nodeFor(List<String> cookies) {
        for (String cookie : cookies) {
            Matcher session = SESSION.matcher(cookie);
            while (session.find()) {
                Integer node = sessions.get(session.group(1));
                if (node != null) {
                    return node;
                }
            }
        }
        return Math.floorMod(turn.getAndIncrement(), nodes.size());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
