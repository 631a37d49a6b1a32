package coop.khidma.intake.entity;

import coop.khidma.intake.control.TrackingLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The wrong tracking attempts of one reference ({@code reference:<ref>}) or one kiosk device
 * ({@code device:<token hash>}), as {@link TrackingLimit} counts them. Holds no personal data.
 */
@Entity
@Table(name = "tracking_standing")
public class TrackingStanding {

    public static final String REFERENCE = "reference:";
    public static final String DEVICE = "device:";

    @Id
    @Column(length = 120)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at")
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected TrackingStanding() {
        // for the persistence provider only
    }

    public String subject() {
        return subject;
    }

    public TrackingLimit.Standing standing() {
        return new TrackingLimit.Standing(failures, windowStartedAt, lockedUntil);
    }

    /** A wrong attempt at {@code at}; true when it locked the subject. */
    public boolean failed(TrackingLimit limit, Instant at) {
        boolean lockedBefore = standing().lockedAt(at);
        TrackingLimit.Standing after = limit.failed(standing(), at);
        failures = after.failures();
        windowStartedAt = after.windowStartedAt();
        lockedUntil = after.lockedUntil();
        return !lockedBefore && after.lockedAt(at);
    }
}
