package coop.khidma.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The association's website calling {@code /api/v1} at a fixed rate, whatever the answers take (an open model: a slow
 * answer does not slow the visitors down, and each latency counts from when its request was due, so a queue in front
 * of the server shows). Of every ten calls: two file a complaint (with an {@code Idempotency-Key}), four follow a
 * filed request up ({@code GET /api/v1/requests/{reference}} with its mobile), two read the request types, one the
 * articles and one the privacy notice. Each call comes from one of 500 website visitors' addresses ({@code X-Forwarded-For},
 * believed from the proxy on this machine), so the per-client rate limit sees a website's many visitors.
 */
final class WebsiteTraffic implements AutoCloseable {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"(\\d{4}-\\d{6})\"");

    private final URI base;
    private final LoadLog log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService callers = Executors.newFixedThreadPool(32);
    private final AtomicLong calls = new AtomicLong();

    WebsiteTraffic(URI base, LoadLog log) {
        this.base = base;
        this.log = log;
    }

    /** Starts calling {@code perSecond} times a second until {@link #close()}. */
    void start(int perSecond) {
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        clock.scheduleAtFixedRate(() -> {
            long due = System.nanoTime();
            long n = calls.getAndIncrement();
            callers.execute(() -> call(n, due));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
    }

    private void call(long n, long due) {
        int kind = (int) (n % 10);
        String visitor = "10.20." + (n % 500 / 250) + "." + (n % 250 + 1);
        LoadLog.Filed filed = log.anyFiled();
        String what;
        HttpRequest.Builder request;
        int expected;
        String mobile = null;
        if (kind < 2) {
            mobile = Visitors.mobile();
            what = "api POST /requests";
            expected = 201;
            request = HttpRequest.newBuilder(base.resolve("api/v1/requests"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"COMPLAINT\",\"name\":\"مراجع الموقع\","
                            + "\"mobile\":\"" + mobile + "\",\"details\":\"لم يصلني رد على استفساري عن موعد "
                            + "الجمعية العمومية\",\"privacyNoticeVersion\":\"2026-12\",\"privacyNoticeAccepted\":true}",
                            StandardCharsets.UTF_8));
        } else if (kind < 6 && filed != null) {
            what = "api GET /requests/{reference}";
            expected = 200;
            request = HttpRequest.newBuilder(base.resolve("api/v1/requests/" + filed.reference()))
                    .header("X-Mobile", filed.mobile());
        } else {
            String path = kind == 8 ? "articles" : kind == 9 ? "privacy-notice" : "request-types";
            what = "api GET /" + path;
            expected = 200;
            request = HttpRequest.newBuilder(base.resolve("api/v1/" + path));
        }
        request.header("Accept-Language", n % 3 == 0 ? "en" : "ar").header("X-Forwarded-For", visitor)
                .timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            log.api(System.nanoTime() - due);
            if (response.statusCode() != expected) {
                String retry = response.headers().firstValue("Retry-After").map(after -> " Retry-After " + after)
                        .orElse("");
                log.failed(what, response.statusCode() + retry + " " + response.body().lines().findFirst().orElse(""));
                return;
            }
            if (mobile != null) {
                Matcher reference = REFERENCE.matcher(response.body());
                if (!reference.find()) {
                    log.failed(what, "201 without a reference: " + response.body());
                    return;
                }
                log.filed(new LoadLog.Filed(reference.group(1), mobile));
            }
            log.done(what);
        } catch (Exception failure) {
            log.api(System.nanoTime() - due);
            log.failed(what, failure.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        clock.shutdownNow();
        callers.shutdown();
        callers.awaitTermination(2, TimeUnit.MINUTES);
    }
}
