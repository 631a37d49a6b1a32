package coop.khidma.review.entity;

import coop.khidma.review.control.ReviewCalendar;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days an agenda item waited on the member, both ends included; {@code toInclusive} is {@code null} while it still
 * waits. Kept as history: pauses are never deleted. The persistent twin of {@link ReviewCalendar.Pause}.
 */
@Embeddable
@Access(AccessType.FIELD)
public class ClockPause {

    @Column(name = "paused_from", nullable = false)
    private LocalDate from;

    @Column(name = "paused_to")
    private LocalDate toInclusive;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "paused_by", nullable = false, length = 60)
    private String pausedBy;

    protected ClockPause() {
        // for the persistence provider only
    }

    ClockPause(LocalDate from, String reason, String pausedBy) {
        this.from = Objects.requireNonNull(from);
        this.reason = Objects.requireNonNull(reason);
        this.pausedBy = Objects.requireNonNull(pausedBy);
    }

    /** The same pause, ended: a new value (embeddables in a collection are replaced, never changed in place). */
    ClockPause endedOn(LocalDate toInclusive) {
        new ReviewCalendar.Pause(from, toInclusive); // breaks rule.review.pauseOrder
        ClockPause ended = new ClockPause(from, reason, pausedBy);
        ended.toInclusive = toInclusive;
        return ended;
    }

    public ReviewCalendar.Pause toPause() {
        return new ReviewCalendar.Pause(from, toInclusive);
    }

    public boolean isOpen() {
        return toInclusive == null;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate toInclusive() {
        return toInclusive;
    }

    public String reason() {
        return reason;
    }

    public String pausedBy() {
        return pausedBy;
    }
}
