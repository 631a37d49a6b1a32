package coop.khidma.api.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: each client may send {@code perMinute} requests in a burst, and the bucket refills
 * evenly over a minute. A refused request learns how long until the next token ({@code Retry-After}). Buckets that
 * have refilled completely are forgotten, so the map stays as small as the set of recently active clients.
 * Thread-safe; time comes from the injected {@link Clock}.
 */
public final class RateLimiter {

    /** What {@link #tryAcquire} decided: allowed, or refused with the whole seconds to wait. */
    public record Decision(boolean allowed, long retryAfterSeconds, int remaining) {
    }

    static final int FORGET_ABOVE = 10_000;
    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1, was " + perMinute);
        }
        this.perMinute = perMinute;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The limit from the environment variable {@code KHIDMA_API_RATE_PER_MINUTE} or the system property
     * {@code khidma.api.ratePerMinute} (the variable wins), else {@code fallback}; a value that is not a positive
     * whole number is refused (the API then answers nothing) rather than silently ignored.
     */
    public static int configuredPerMinute(String environmentValue, String propertyValue, int fallback) {
        String raw = environmentValue != null && !environmentValue.isBlank() ? environmentValue : propertyValue;
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException("KHIDMA_API_RATE_PER_MINUTE must be a whole number of at least 1, was " + raw);
    }

    public int perMinute() {
        return perMinute;
    }

    public Decision tryAcquire(String client) {
        long now = nanos(clock.instant());
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(client, any -> new Bucket(perMinute, now)).take(now);
    }

    int trackedClients() {
        return buckets.size();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** Tokens are counted in nano-tokens per minute: one token = {@code NANOS_PER_MINUTE} units, no rounding drift. */
    private final class Bucket {
        private final long capacity;
        private long units;
        private long updatedAt;

        Bucket(int tokens, long now) {
            this.capacity = tokens * NANOS_PER_MINUTE;
            this.units = capacity;
            this.updatedAt = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (units >= NANOS_PER_MINUTE) {
                units -= NANOS_PER_MINUTE;
                return new Decision(true, 0, (int) (units / NANOS_PER_MINUTE));
            }
            long missingUnits = NANOS_PER_MINUTE - units;
            long waitNanos = ceilDiv(missingUnits, perMinute);
            return new Decision(false, Math.max(1, ceilDiv(waitNanos, 1_000_000_000L)), 0);
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return units >= capacity;
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - updatedAt);
            // perMinute units per elapsed nanosecond; saturate instead of overflowing after a long pause
            long added = elapsed > capacity / perMinute ? capacity : elapsed * perMinute;
            units = Math.min(capacity, units + added);
            updatedAt = Math.max(updatedAt, now);
        }
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
