package coop.khidma.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What a load run's simulated people did, shared by all of them: journeys walked per kind, every failure with what
 * failed (a journey that did not end as a person expects, an API answer that is not the documented success), API
 * latencies, and the references filed so far — for tracking (website and kiosk) and for staff to work (each reference
 * handed to one member of staff only, so two of them never act on one request at once).
 */
final class LoadLog {

    /** A filed request and the mobile number it was filed with (tracking needs both). */
    record Filed(String reference, String mobile) {
    }

    private final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> apiNanos = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Filed> toWork = new ConcurrentLinkedQueue<>();
    private final AtomicReferenceArray<Filed> recent = new AtomicReferenceArray<>(256);
    private final AtomicInteger filed = new AtomicInteger();
    private final Set<String> allFiled = ConcurrentHashMap.newKeySet();
    private final Outage outage;

    LoadLog() {
        this(null);
    }

    /** A log that also tells {@code outage} (when there is one) when each journey and call ended, and how. */
    LoadLog(Outage outage) {
        this.outage = outage;
    }

    void done(String kind) {
        done.computeIfAbsent(kind, any -> new AtomicInteger()).incrementAndGet();
        if (outage != null) {
            outage.done(kind);
        }
    }

    void failed(String kind, String what) {
        failed.computeIfAbsent(kind, any -> new AtomicInteger()).incrementAndGet();
        if (outage != null) {
            outage.failed(kind, what);
        }
        if (failures.size() < 50) {
            failures.add(kind + ": " + what);
        }
    }

    void api(long nanos) {
        apiNanos.add(nanos);
    }

    void filed(Filed request) {
        recent.set(Math.floorMod(filed.getAndIncrement(), recent.length()), request);
        toWork.add(request);
        allFiled.add(request.reference());
    }

    /** Every reference a person or the website was given in the run. */
    Set<String> allFiled() {
        return Set.copyOf(allFiled);
    }

    /** A request filed earlier in the run, to follow up; {@code null} before the first. */
    Filed anyFiled() {
        int count = Math.min(filed.get(), recent.length());
        return count == 0 ? null : recent.get(ThreadLocalRandom.current().nextInt(count));
    }

    /** The oldest filed request nobody of the staff has taken yet; {@code null} when there is none. */
    Filed nextToWork() {
        return toWork.poll();
    }

    Map<String, Integer> done() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        done.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    int failures() {
        return failed.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<String> firstFailures() {
        return new ArrayList<>(failures);
    }

    List<Long> apiLatencies() {
        return new ArrayList<>(apiNanos);
    }
}
