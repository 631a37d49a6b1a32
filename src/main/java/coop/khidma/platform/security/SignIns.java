package coop.khidma.platform.security;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.persistence.FirstRows;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The console's door (ASVS 5.0, 6.3): every sign-in attempt is checked against the throttle of its user name and of
 * its client address, then its password is hashed exactly once, whether the account exists, is disabled or not
 * ({@link #UNKNOWN} stands in for a missing hash), so neither the answer nor its time tells whether an account exists.
 * Every attempt is audited (who, when, from where, what happened), and so is every lock; an administrator can lift a
 * lock. A right password with an expired one-time password does not sign in.
 */
@Stateless
public class SignIns {

    static final String SIGN_IN = "SIGN_IN";
    /** Stands in for the hash of an account that does not exist: same algorithm and cost, no known password. */
    static final String UNKNOWN = "PBKDF2WithHmacSHA256:600000:"
            + "kX4bmvD0ri0QHBs2i1Yc9vZ1o2kBT3Xb1Yl4mW9n8aE=:Yx3WmE0Jc2l0b2s9L2h1a0NlYnQ0UnR2d2x6bE9pZlE=";

    /** What an attempt came to; {@code retryAt} only when throttled, {@code username} only when signed in. */
    public record Attempt(Outcome outcome, Instant retryAt, String username) {

        public boolean signedIn() {
            return outcome == Outcome.SIGNED_IN;
        }
    }

    public enum Outcome { SIGNED_IN, REFUSED, THROTTLED, ONE_TIME_EXPIRED }

    /** A locked name or address, for the administrators' list. */
    public record Lock(String subject, Instant lockedUntil) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog auditTrail;

    @Inject
    Clock clock;

    @Inject
    FirstRows firstRows;

    @Resource
    SessionContext session;

    /** One attempt with a typed name and password from a client address. */
    @PermitAll
    public Attempt attempt(String typedName, String password, String address) {
        Instant now = clock.instant();
        String name = typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT);
        String who = StaffAccount.USERNAME.matcher(name).matches() ? name : "(not a user name)";
        String from = address == null || address.isBlank() ? "?" : address.strip();
        SignInStanding account = standing(SignInStanding.ACCOUNT + subjectOf(name));
        SignInStanding client = standing(SignInStanding.ADDRESS + subjectOf(from));
        Instant refusedUntil = later(SignInThrottle.ACCOUNT.refusedUntil(account.standing(), now).orElse(null),
                SignInThrottle.ADDRESS.refusedUntil(client.standing(), now).orElse(null));
        if (refusedUntil != null) {
            audit(who, "throttled", now, from);
            return new Attempt(Outcome.THROTTLED, refusedUntil, null);
        }
        StaffAccount holder = name.isEmpty() ? null : em.find(StaffAccount.class, name);
        boolean enabled = holder != null && holder.isEnabled();
        boolean right = passwords.matches(password == null ? "" : password, enabled ? holder.passwordHash() : UNKNOWN)
                && enabled;
        if (!right) {
            failed(account, SignInThrottle.ACCOUNT, who, now, from);
            failed(client, SignInThrottle.ADDRESS, who, now, from);
            audit(who, "failed", now, from);
            return new Attempt(Outcome.REFUSED, null, null);
        }
        account.succeeded();
        if (holder.oneTimePasswordExpired(now)) {
            audit(who, "oneTimeExpired", now, from);
            return new Attempt(Outcome.ONE_TIME_EXPIRED, null, null);
        }
        audit(who, "signedIn", now, from);
        return new Attempt(Outcome.SIGNED_IN, null, holder.username());
    }

    /** The names and addresses locked now. */
    @RolesAllowed(Roles.ADMIN)
    public List<Lock> locks() {
        return em.createQuery("SELECT s FROM SignInStanding s WHERE s.lockedUntil > :now ORDER BY s.subject",
                        SignInStanding.class).setParameter("now", clock.instant()).getResultStream()
                .map(s -> new Lock(s.subject(), s.standing().lockedUntil())).toList();
    }

    /** An administrator unlocks a user name (its failures are forgotten too); audited. */
    @RolesAllowed(Roles.ADMIN)
    public void unlock(String subject) {
        SignInStanding standing = em.find(SignInStanding.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (standing != null) {
            standing.unlock();
            auditTrail.record(Change.of(SIGN_IN, subject, "unlocked", null, null, caller(), clock.instant(), null));
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /**
     * The standing of a subject, locked for this attempt (parallel attempts queue here); a new subject's row is made
     * first in a transaction of its own ({@link FirstRows}): inserting it here deadlocked parallel sign-ins from one
     * office's address (the office load test found it).
     */
    private SignInStanding standing(String subject) {
        SignInStanding standing = em.find(SignInStanding.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (standing != null) {
            return standing;
        }
        firstRows.signInStanding(subject);
        return em.find(SignInStanding.class, subject, LockModeType.PESSIMISTIC_WRITE);
    }

    private void failed(SignInStanding standing, SignInThrottle throttle, String who, Instant now, String from) {
        if (standing.failed(throttle, now)) {
            audit(who, standing.subject().startsWith(SignInStanding.ACCOUNT) ? "lockedName" : "lockedAddress", now,
                    from);
        }
    }

    private void audit(String who, String action, Instant at, String from) {
        auditTrail.record(Change.of(SIGN_IN, who, action, null, null, Change.SYSTEM, at, "from " + from));
    }

    /** A name or address as a key: itself when short, else its SHA-256 (a key never holds a long typed text). */
    static String subjectOf(String text) {
        if (text.length() <= StaffAccount.USERNAME_MAX && text.chars().allMatch(c -> c > 32 && c < 127)) {
            return text;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
