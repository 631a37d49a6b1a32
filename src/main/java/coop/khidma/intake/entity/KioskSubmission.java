package coop.khidma.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One "Send" of a kiosk's request wizard, by the hash of the token the wizard drew when it opened: kept with the
 * reference it filed so that a double tap or a retry of the same submission gets that reference back instead of a
 * second request (policy clause 2: one request per filing). Written once, in the filing's transaction, never changed.
 */
@Entity
@Table(name = "kiosk_submission")
public class KioskSubmission {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 40, updatable = false)
    private String reference;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    protected KioskSubmission() {
        // for the persistence provider only
    }

    public KioskSubmission(String tokenHash, String reference, Instant submittedAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    }

    public String reference() {
        return reference;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
