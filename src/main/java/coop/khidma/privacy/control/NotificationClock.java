package coop.khidma.privacy.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The 72-hour clock of a personal-data breach: the authority must be notified within {@link #WINDOW} of discovery
 * (PDPL implementing regulation). Until then it shows the deadline and the time left; past the deadline without a
 * notification the incident is overdue; a notification after the deadline stays marked late.
 *
 * @param discoveredAt        when the association became aware of the breach
 * @param authorityNotifiedAt when the authority was notified, or {@code null}
 */
public record NotificationClock(Instant discoveredAt, Instant authorityNotifiedAt) {

    public static final Duration WINDOW = Duration.ofHours(72);

    public NotificationClock {
        Objects.requireNonNull(discoveredAt, "discoveredAt");
    }

    public Instant deadline() {
        return discoveredAt.plus(WINDOW);
    }

    /** Time left before the deadline at {@code now} (zero once passed or once notified). */
    public Duration timeLeft(Instant now) {
        if (authorityNotifiedAt != null || !now.isBefore(deadline())) {
            return Duration.ZERO;
        }
        return Duration.between(now, deadline());
    }

    /** Not notified and the deadline has passed. */
    public boolean overdue(Instant now) {
        return authorityNotifiedAt == null && now.isAfter(deadline());
    }

    /** Notified, but after the deadline. */
    public boolean notifiedLate() {
        return authorityNotifiedAt != null && authorityNotifiedAt.isAfter(deadline());
    }
}
