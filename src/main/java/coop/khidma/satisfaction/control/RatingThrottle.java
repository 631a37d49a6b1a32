package coop.khidma.satisfaction.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps anyone from flooding the figures: a token (a kiosk visitor's session, a kiosk device, a website client's
 * address) may give at most {@code limit} ratings in any {@code window}; further presses inside it are refused and do
 * not count. Only the times of a token's accepted presses inside the window are remembered, in memory, and forgotten
 * once the window has passed them — never stored with the rating. Not thread-safe on its own: its owner serialises
 * calls.
 */
public final class RatingThrottle {

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(2);

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> accepted = new HashMap<>();

    /** One rating per window. */
    public RatingThrottle(Duration window) {
        this(1, window);
    }

    public RatingThrottle(int limit, Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.window = window;
    }

    /** Whether this token may rate now; if so, the press is counted. A missing token is never allowed. */
    public boolean tryAcquire(String token, Instant now) {
        if (!allows(token, now)) {
            return false;
        }
        accepted.computeIfAbsent(token, key -> new ArrayDeque<>()).addLast(now);
        return true;
    }

    /** Whether this token may rate now, without counting a press. */
    public boolean allows(String token, Instant now) {
        Objects.requireNonNull(now, "now");
        forgetBefore(now.minus(window));
        if (token == null || token.isBlank()) {
            return false;
        }
        Deque<Instant> presses = accepted.get(token);
        return presses == null || presses.size() < limit;
    }

    /** How many tokens are remembered now (for tests: memory does not grow without bound). */
    public int remembered() {
        return accepted.size();
    }

    private void forgetBefore(Instant cutoff) {
        for (Iterator<Deque<Instant>> tokens = accepted.values().iterator(); tokens.hasNext(); ) {
            Deque<Instant> presses = tokens.next();
            while (!presses.isEmpty() && !presses.peekFirst().isAfter(cutoff)) {
                presses.removeFirst();
            }
            if (presses.isEmpty()) {
                tokens.remove();
            }
        }
    }
}
