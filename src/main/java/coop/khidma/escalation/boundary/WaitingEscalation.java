package coop.khidma.escalation.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One escalation waiting at the reader's level: what was asked, since when, the last working day it has to be
 * answered ({@code dueBy}, Riyadh) and how long is left before it climbs ({@code timeLeft} until {@code dueAt}, the
 * midnight after that day; zero or negative once overdue), and the level it climbed from unanswered ({@code null}
 * when it was raised at this level).
 */
public record WaitingEscalation(Long id, String reference, String levelCode, String reason, Instant raisedAt,
                                LocalDate dueBy, Instant dueAt, Duration timeLeft, String climbedFrom) {

    public boolean overdue() {
        return timeLeft.isNegative() || timeLeft.isZero();
    }
}
