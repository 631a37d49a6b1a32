package coop.khidma.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many wrong sign-ins are tolerated before the next attempt must wait, and when a name or an address is locked
 * for a while (ASVS 5.0, 6.3.1: guessing a password must be slow). Every failure beyond the free ones doubles the
 * wait before the next attempt (1, 2, 4 … seconds, at most a minute); at the lock threshold the name or address is
 * locked for {@link #LOCK}. Failures are forgotten {@link #FORGET_AFTER} after the last one. An attempt that comes too
 * soon is refused without its password being looked at, and does not count as a failure.
 * <p>
 * The same rule holds for names that have no account, so the answer never tells whether an account exists.
 */
public final class SignInThrottle {

    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    /** A user name: 3 failures free, then waits; locked at the 10th failure. */
    public static final SignInThrottle ACCOUNT = new SignInThrottle(3, 10);
    /** A client address (one office may share one): 10 failures free, then waits; locked at the 50th. */
    public static final SignInThrottle ADDRESS = new SignInThrottle(10, 50);

    private final int freeFailures;
    private final int lockAt;

    SignInThrottle(int freeFailures, int lockAt) {
        this.freeFailures = freeFailures;
        this.lockAt = lockAt;
    }

    /** Failures so far, the last one's time, and the end of a lock ({@code null}: none). */
    public record Standing(int failures, Instant lastFailureAt, Instant lockedUntil) {

        public static final Standing CLEAN = new Standing(0, null, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** Until when an attempt at {@code now} is refused unseen; empty when it may be tried. */
    public Optional<Instant> refusedUntil(Standing standing, Instant now) {
        if (standing.lockedAt(now)) {
            return Optional.of(standing.lockedUntil());
        }
        Standing current = current(standing, now);
        if (current.failures() >= freeFailures) {
            Instant next = current.lastFailureAt().plus(wait(current.failures()));
            if (now.isBefore(next)) {
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }

    /** The standing after a wrong attempt at {@code now}: one more failure, and locked when the threshold is reached. */
    public Standing failed(Standing standing, Instant now) {
        int failures = current(standing, now).failures() + 1;
        return failures >= lockAt
                ? new Standing(0, now, now.plus(LOCK))
                : new Standing(failures, now, null);
    }

    /** The wait after {@code failures} failures: none while free, then 1 s doubling per failure, at most a minute. */
    public Duration wait(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 6);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** The standing as it counts at {@code now}: a lock that ended and failures long past are forgotten. */
    private static Standing current(Standing standing, Instant now) {
        if (standing.lockedAt(now)) {
            return standing;
        }
        if (standing.lastFailureAt() == null || !now.isBefore(standing.lastFailureAt().plus(FORGET_AFTER))) {
            return Standing.CLEAN;
        }
        return new Standing(standing.failures(), standing.lastFailureAt(), null);
    }
}
