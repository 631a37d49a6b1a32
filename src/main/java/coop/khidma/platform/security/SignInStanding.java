package coop.khidma.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The wrong sign-ins of one user name ({@code account:<name>}, whether or not an account has that name) or of one
 * client address ({@code address:<ip>}), as {@link SignInThrottle} counts them.
 */
@Entity
@Table(name = "sign_in_standing")
public class SignInStanding {

    public static final String ACCOUNT = "account:";
    public static final String ADDRESS = "address:";

    @Id
    @Column(length = 120)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected SignInStanding() {
        // for the persistence provider only
    }

    public String subject() {
        return subject;
    }

    public SignInThrottle.Standing standing() {
        return new SignInThrottle.Standing(failures, lastFailureAt, lockedUntil);
    }

    /** A wrong attempt at {@code at}; true when it locked the subject. */
    public boolean failed(SignInThrottle throttle, Instant at) {
        SignInThrottle.Standing after = throttle.failed(standing(), at);
        failures = after.failures();
        lastFailureAt = after.lastFailureAt();
        lockedUntil = after.lockedUntil();
        return after.lockedAt(at);
    }

    /** The right password: the name starts afresh. */
    public void succeeded() {
        failures = 0;
        lastFailureAt = null;
        lockedUntil = null;
    }

    /** An administrator lifts the lock and forgets the failures. */
    public void unlock() {
        succeeded();
    }
}
