package coop.khidma.platform.kiosk;

import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A touchscreen registered as one of the association's kiosks. Registered with a one-time enrolment code (valid
 * {@link #ENROLMENT_VALIDITY}); enrolling gives it a device token, stored here only as a hash; revoking it ends
 * that. A device is a kiosk only while it is {@link #recognises recognised}.
 */
@Entity
@Table(name = "kiosk_device")
public class KioskDevice {

    public static final int NAME_MAX = 80;
    public static final Duration ENROLMENT_VALIDITY = Duration.ofHours(24);

    /** Where a device stands, for the administrators' list. */
    public enum State { AWAITING_ENROLMENT, ACTIVE, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "enrolment_hash", length = 64)
    private String enrolmentHash;

    @Column(name = "enrolment_until")
    private Instant enrolmentUntil;

    @Column(name = "registered_by", nullable = false, length = 60)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected KioskDevice() {
        // for the persistence provider only
    }

    /** A device awaiting enrolment with the code whose hash is given; breaks {@code rule.kiosk.name}. */
    public static KioskDevice register(String name, String enrolmentCodeHash, String by, Instant at) {
        KioskDevice device = new KioskDevice();
        device.name = checkName(name);
        device.registeredBy = Objects.requireNonNull(by, "by");
        device.registeredAt = Objects.requireNonNull(at, "at");
        device.newEnrolment(enrolmentCodeHash, at);
        return device;
    }

    /** A device enrolled at once with a known token (the environment's bootstrap for the first kiosk). */
    public static KioskDevice enrolled(String name, String tokenHash, String by, Instant at) {
        KioskDevice device = new KioskDevice();
        device.name = checkName(name);
        device.registeredBy = by;
        device.registeredAt = at;
        device.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        device.enrolledAt = at;
        return device;
    }

    private static String checkName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new DomainException("rule.kiosk.name", NAME_MAX);
        }
        return trimmed;
    }

    /** A fresh one-time code (the device lost its cookie, or the first code expired); breaks {@code rule.kiosk.revoked}. */
    public void newEnrolment(String enrolmentCodeHash, Instant at) {
        if (revokedAt != null) {
            throw new DomainException("rule.kiosk.revoked");
        }
        enrolmentHash = Objects.requireNonNull(enrolmentCodeHash, "enrolmentCodeHash");
        enrolmentUntil = at.plus(ENROLMENT_VALIDITY);
    }

    /**
     * The device opened its enrolment link: it gets the token (whose hash is given) and the code is spent. Breaks
     * {@code rule.kiosk.enrolmentExpired} after {@link #ENROLMENT_VALIDITY} or {@code rule.kiosk.revoked}.
     */
    public void enrol(String newTokenHash, Instant at) {
        if (revokedAt != null) {
            throw new DomainException("rule.kiosk.revoked");
        }
        if (enrolmentHash == null || enrolmentUntil == null || at.isAfter(enrolmentUntil)) {
            throw new DomainException("rule.kiosk.enrolmentExpired");
        }
        tokenHash = Objects.requireNonNull(newTokenHash, "newTokenHash");
        enrolmentHash = null;
        enrolmentUntil = null;
        enrolledAt = at;
    }

    /** The device is no longer a kiosk: its token and any open code stop working. */
    public void revoke(String by, Instant at) {
        tokenHash = null;
        enrolmentHash = null;
        enrolmentUntil = null;
        revokedBy = by;
        revokedAt = at;
    }

    /** Whether this device's token is the one presented. */
    public boolean recognises(String presentedTokenHash) {
        return revokedAt == null && tokenHash != null && tokenHash.equals(presentedTokenHash);
    }

    /** Notes that the kiosk was used, at most once an hour (a write per page would be waste). */
    public void seen(Instant at) {
        if (lastSeenAt == null || Duration.between(lastSeenAt, at).toHours() >= 1) {
            lastSeenAt = at;
        }
    }

    public State state() {
        return revokedAt != null ? State.REVOKED : tokenHash != null ? State.ACTIVE : State.AWAITING_ENROLMENT;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant enrolmentUntil() {
        return enrolmentUntil;
    }

    public long version() {
        return version;
    }
}
