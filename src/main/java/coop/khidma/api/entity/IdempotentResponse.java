package coop.khidma.api.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The first answer to a POST that carried an {@code Idempotency-Key}: kept so that a retry of the same request gets
 * the same answer (status, Location, body) instead of filing a second request. Written once, never changed.
 */
@Entity
@Table(name = "api_idempotency")
public class IdempotentResponse {

    /** The longest key a client may send. */
    public static final int KEY_MAX = 100;

    /** The client's sixteen hex digits, a colon, and the client's key. */
    @Id
    @Column(name = "idempotency_key", length = KEY_MAX + 17)
    private String key;

    @Column(nullable = false, length = 64, updatable = false)
    private String fingerprint;

    @Column(nullable = false, updatable = false)
    private int status;

    @Column(length = 200, updatable = false)
    private String location;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotentResponse() {
        // for the persistence provider only
    }

    public IdempotentResponse(String key, String fingerprint, int status, String location, String body,
                              Instant createdAt) {
        this.key = Objects.requireNonNull(key, "key");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.status = status;
        this.location = location;
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether a retry is the same request as the first (else the key is being reused for another one). */
    public boolean answers(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    public String key() {
        return key;
    }

    public int status() {
        return status;
    }

    public String location() {
        return location;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
