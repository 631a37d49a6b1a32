package coop.khidma.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The database pulled out from under the office's load (issue 19, "Faults", at full size): at {@code at} into the
 * run, MariaDB is stopped; {@code away} after the stop it is started again; the node is not touched. Every journey and
 * API call the load's people finish is put in the phase it ended in — before the stop, while the database was away,
 * in the minute after its return, or later — and a failure while it was away or in that minute is either one that
 * told the person to try again in a moment (the kiosk's and console's ar/en message, or the API's 503 with
 * {@code Retry-After}) or one that did not (anything else: a stack trace, a blank screen, a time-out). Readiness
 * ({@code /health/ready}) is asked four times a second throughout.
 */
final class Outage {

    /** The error handler's message when the database cannot be reached, as the bundles say it. */
    static final String MOMENT_EN =
            "The service cannot reach its records right now and nothing was saved. Please try again in a moment.";
    static final String MOMENT_AR =
            "لا تستطيع الخدمة الوصول إلى سجلاتها الآن ولم يُحفظ شيء. يرجى المحاولة مرة أخرى بعد لحظات.";
    /** How {@link WebsiteTraffic} writes an API refusal that says when to come back. */
    static final String API_TRY_AGAIN = "503 Retry-After ";
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    enum Phase {
        BEFORE("before the stop"), AWAY("while it was away"), RETURNING("in the minute after its return"),
        AFTER("from a minute after its return");

        final String words;

        Phase(String words) {
            this.words = words;
        }
    }

    /** What the run saw; seconds are counted from the stop ({@code ready…}) or from the return ({@code …AfterReturn}). */
    record Figures(Map<Phase, Integer> done, Map<Phase, Integer> failed, int told, int untold, List<String> untoldFirst,
                   List<String> laterFirst, double stopSeconds, double awaySeconds, double startSeconds,
                   double readyDownAfterStop, int readyWhileAway, double readyUpAfterReturn,
                   Map<String, Double> firstDoneAfterReturn, List<String> notAgain) {

        /** Seconds from the return until every kind of journey and call done before the stop had succeeded again. */
        double everythingAgainSeconds() {
            return notAgain.isEmpty() ? firstDoneAfterReturn.values().stream().max(Double::compare).orElse(Double.NaN)
                    : Double.POSITIVE_INFINITY;
        }
    }

    private final Duration at;
    private final Duration away;
    private final Runnable stop;
    private final Runnable start;
    private final LongSupplier clock;
    private volatile long stoppedAt = Long.MAX_VALUE;
    private volatile long backAt = Long.MAX_VALUE;
    private volatile long stopTook;
    private volatile long startTook;
    private volatile long readyDownAt;
    private volatile long readyUpAt;
    private final AtomicInteger readyWhileAway = new AtomicInteger();
    private final Map<Phase, AtomicInteger> done = new EnumMap<>(Phase.class);
    private final Map<Phase, AtomicInteger> failed = new EnumMap<>(Phase.class);
    private final AtomicInteger told = new AtomicInteger();
    private final AtomicInteger untold = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> untoldFirst = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> laterFirst = new ConcurrentLinkedQueue<>();
    private final Map<String, Long> doneBefore = new ConcurrentHashMap<>();
    private final Map<String, Long> firstDoneAfterReturn = new ConcurrentHashMap<>();

    Outage(Duration at, Duration away, Runnable stop, Runnable start) {
        this(at, away, stop, start, System::nanoTime);
    }

    /** With a clock of its own, for the phase rules' test. */
    Outage(Duration at, Duration away, Runnable stop, Runnable start, LongSupplier clock) {
        this.at = at;
        this.away = away;
        this.stop = stop;
        this.start = start;
        this.clock = clock;
        for (Phase phase : Phase.values()) {
            done.put(phase, new AtomicInteger());
            failed.put(phase, new AtomicInteger());
        }
    }

    Duration at() {
        return at;
    }

    /** The phase a journey or call that ended now ended in. */
    Phase phase(long now) {
        if (now < stoppedAt) {
            return Phase.BEFORE;
        }
        if (now < backAt) {
            return Phase.AWAY;
        }
        return now - backAt < MINUTE ? Phase.RETURNING : Phase.AFTER;
    }

    void done(String kind) {
        long now = clock.getAsLong();
        Phase phase = phase(now);
        done.get(phase).incrementAndGet();
        if (phase == Phase.BEFORE) {
            doneBefore.putIfAbsent(kind, now);
        } else if (phase != Phase.AWAY) {
            firstDoneAfterReturn.putIfAbsent(kind, now - backAt);
        }
    }

    void failed(String kind, String what) {
        Phase phase = phase(clock.getAsLong());
        failed.get(phase).incrementAndGet();
        if (phase == Phase.AWAY || phase == Phase.RETURNING) {
            if (toldToTryAgain(what)) {
                told.incrementAndGet();
            } else {
                untold.incrementAndGet();
                keep(untoldFirst, phase.words + ", " + kind + ": " + what);
            }
        } else if (phase == Phase.AFTER) {
            keep(laterFirst, kind + ": " + what);
        }
    }

    /** Whether a failure's message is the person being told to try again in a moment, in either language. */
    static boolean toldToTryAgain(String what) {
        return what.contains(MOMENT_AR) || what.contains(MOMENT_EN) || what.startsWith(API_TRY_AGAIN);
    }

    private static void keep(ConcurrentLinkedQueue<String> first, String failure) {
        if (first.size() < 10) {
            first.add(failure);
        }
    }

    /**
     * The outage, on the caller's thread: waits until {@code at} after {@code began} (nanoTime), stops the database,
     * asks readiness until {@code away} has passed since the stop, starts the database again, and asks readiness until
     * it is UP (two minutes at most).
     */
    void run(URI node, long began) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        sleepUntil(began + at.toNanos());
        long stopping = System.nanoTime();
        stoppedAt = stopping;
        stop.run();
        stopTook = System.nanoTime() - stopping;
        while (System.nanoTime() - stopping < away.toNanos()) {
            int status = ready(http, node);
            if (status == 200 && readyDownAt != 0) {
                readyWhileAway.incrementAndGet();
            } else if (status != 200 && readyDownAt == 0) {
                readyDownAt = System.nanoTime();
            }
            Thread.sleep(250);
        }
        long starting = System.nanoTime();
        start.run();
        startTook = System.nanoTime() - starting;
        backAt = System.nanoTime();
        while (System.nanoTime() - backAt < 2 * MINUTE) {
            if (ready(http, node) == 200) {
                readyUpAt = System.nanoTime();
                return;
            }
            Thread.sleep(250);
        }
    }

    private static int ready(HttpClient http, URI node) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(node.resolve("/health/ready")) // Payara's, at the root.timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(left));
        }
    }

    Figures figures() {
        Map<Phase, Integer> doneCounts = new EnumMap<>(Phase.class);
        Map<Phase, Integer> failedCounts = new EnumMap<>(Phase.class);
        done.forEach((phase, count) -> doneCounts.put(phase, count.get()));
        failed.forEach((phase, count) -> failedCounts.put(phase, count.get()));
        Map<String, Double> again = new TreeMap<>();
        firstDoneAfterReturn.forEach((kind, nanos) -> again.put(kind, nanos / 1e9));
        List<String> notAgain = new ArrayList<>(doneBefore.keySet().stream()
                .filter(kind -> !firstDoneAfterReturn.containsKey(kind)).sorted().toList());
        return new Figures(doneCounts, failedCounts, told.get(), untold.get(), List.copyOf(untoldFirst),
                List.copyOf(laterFirst), stopTook / 1e9, (backAt - stoppedAt) / 1e9, startTook / 1e9,
                readyDownAt == 0 ? Double.NaN : (readyDownAt - stoppedAt) / 1e9, readyWhileAway.get(),
                readyUpAt == 0 ? Double.NaN : (readyUpAt - backAt) / 1e9, again, notAgain);
    }

    /** For the phase rules' test: the stop and the return, as {@link #run} marks them. */
    void stoppedAt(long nanoTime) {
        stoppedAt = nanoTime;
    }

    void backAt(long nanoTime) {
        backAt = nanoTime;
    }
}
