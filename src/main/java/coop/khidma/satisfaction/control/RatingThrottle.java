package coop.khidma.satisfaction.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps one kiosk from flooding the figures: a device token (the kiosk session, renewed for every visitor) may give
 * one rating per window; further presses inside the window are refused. Only the token's last accepted press is
 * remembered, in memory, and forgotten once its window has passed — never stored with the rating.
 * Not thread-safe on its own: its owner serialises calls.
 */
public final class RatingThrottle {

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(2);

    private final Duration window;
    private final Map<String, Instant> lastAccepted = new HashMap<>();

    public RatingThrottle(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.window = window;
    }

    /** Whether this device may rate now; if so, the press is counted. A missing token is never allowed. */
    public boolean tryAcquire(String deviceToken, Instant now) {
        Objects.requireNonNull(now, "now");
        forgetBefore(now.minus(window));
        if (deviceToken == null || deviceToken.isBlank()) {
            return false;
        }
        Instant last = lastAccepted.get(deviceToken);
        if (last != null && now.isBefore(last.plus(window))) {
            return false;
        }
        lastAccepted.put(deviceToken, now);
        return true;
    }

    /** How many devices are remembered now (for tests: memory does not grow without bound). */
    public int remembered() {
        return lastAccepted.size();
    }

    private void forgetBefore(Instant cutoff) {
        for (Iterator<Instant> last = lastAccepted.values().iterator(); last.hasNext(); ) {
            if (!last.next().isAfter(cutoff)) {
                last.remove();
            }
        }
    }
}
