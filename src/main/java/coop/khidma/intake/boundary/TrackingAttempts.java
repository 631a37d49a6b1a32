package coop.khidma.intake.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.intake.control.TrackingLimit;
import coop.khidma.intake.entity.TrackingStanding;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The wrong tracking attempts per reference and per kiosk device ({@link TrackingLimit}), counted in a transaction of
 * their own so that the "not found" answer, which rolls the tracking back, does not forget them. A lock is audited (the
 * reference, or "a kiosk device", never a mobile).
 */
@Stateless
@PermitAll
public class TrackingAttempts {

    static final String SUBJECT_TYPE = "TRACKING";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Whether tracking is locked at {@code now} for the reference or for the device (either may be {@code null}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean locked(String reference, String deviceHash, Instant now) {
        return keys(reference, deviceHash).map(key -> em.find(TrackingStanding.class, key)).filter(Objects::nonNull)
                .anyMatch(standing -> limitOf(standing.subject()).refused(standing.standing(), now));
    }

    /**
     * A wrong attempt at {@code now}: counted for the reference ({@code null} when no request has it: nothing to
     * protect, nothing stored) and for the device ({@code null} off the kiosk).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String reference, String deviceHash, Instant now) {
        keys(reference, deviceHash).forEach(key -> {
            em.createNativeQuery("INSERT IGNORE INTO tracking_standing (subject, failures, version) VALUES (?, 0, 0)")
                    .setParameter(1, key).executeUpdate();
            TrackingStanding standing = em.find(TrackingStanding.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (standing.failed(limitOf(key), now)) {
                audit.record(Change.of(SUBJECT_TYPE, key.startsWith(TrackingStanding.DEVICE) ? "kiosk device"
                        : key.substring(TrackingStanding.REFERENCE.length()), "trackingLocked", null,
                        standing.standing().lockedUntil(), Change.SYSTEM, now, null));
            }
        });
    }

    private static Stream<String> keys(String reference, String deviceHash) {
        return Stream.of(reference == null ? null : TrackingStanding.REFERENCE + reference,
                deviceHash == null ? null : TrackingStanding.DEVICE + deviceHash).filter(Objects::nonNull);
    }

    private static TrackingLimit limitOf(String key) {
        return key.startsWith(TrackingStanding.DEVICE) ? TrackingLimit.DEVICE : TrackingLimit.REFERENCE;
    }
}
