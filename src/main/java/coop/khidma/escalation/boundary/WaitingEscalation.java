package coop.khidma.escalation.boundary;

import java.time.Duration;
import java.time.Instant;

/**
 * One escalation waiting at the reader's level: what was asked, since when, and how long is left before it climbs
 * ({@code timeLeft} is zero or negative once overdue), and the level it climbed from unanswered ({@code null} when it
 * was raised at this level).
 */
public record WaitingEscalation(Long id, String reference, String levelCode, String reason, Instant raisedAt,
                                Instant dueAt, Duration timeLeft, String climbedFrom) {

    public boolean overdue() {
        return timeLeft.isNegative() || timeLeft.isZero();
    }
}
