package coop.khidma.intake.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many wrong tracking attempts (a reference typed with a mobile that does not belong to it) are tolerated before
 * tracking is locked for a while, so a reference's mobile cannot be guessed and a kiosk cannot be used to sweep
 * references: per reference {@value #PER_REFERENCE} within {@link #WINDOW}, per kiosk device {@value #PER_DEVICE}
 * within it; the failure that reaches the limit locks for {@link #LOCK}. While locked every attempt is answered "not
 * found", whatever is typed, and is not counted; the lock and the window are forgotten once past.
 */
public final class TrackingLimit {

    public static final Duration WINDOW = Duration.ofHours(1);
    public static final Duration LOCK = Duration.ofHours(1);
    public static final int PER_REFERENCE = 5;
    public static final int PER_DEVICE = 20;

    /** One reference: five wrong mobiles an hour. */
    public static final TrackingLimit REFERENCE = new TrackingLimit(PER_REFERENCE);
    /** One kiosk device: twenty wrong attempts an hour, whatever the references. */
    public static final TrackingLimit DEVICE = new TrackingLimit(PER_DEVICE);

    private final int lockAt;

    TrackingLimit(int lockAt) {
        this.lockAt = lockAt;
    }

    /** Failures in the window begun at {@code windowStartedAt}, and the end of a lock ({@code null}: none). */
    public record Standing(int failures, Instant windowStartedAt, Instant lockedUntil) {

        public static final Standing CLEAN = new Standing(0, null, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** Whether an attempt at {@code now} is refused unseen (locked). */
    public boolean refused(Standing standing, Instant now) {
        return standing.lockedAt(Objects.requireNonNull(now, "now"));
    }

    /** The standing after a wrong attempt at {@code now}: one more failure in the window, locked at the limit. */
    public Standing failed(Standing standing, Instant now) {
        if (standing.lockedAt(now)) {
            return standing;
        }
        boolean fresh = standing.windowStartedAt() == null || !now.isBefore(standing.windowStartedAt().plus(WINDOW));
        int failures = (fresh ? 0 : standing.failures()) + 1;
        Instant started = fresh ? now : standing.windowStartedAt();
        return failures >= lockAt ? new Standing(0, null, now.plus(LOCK)) : new Standing(failures, started, null);
    }
}
