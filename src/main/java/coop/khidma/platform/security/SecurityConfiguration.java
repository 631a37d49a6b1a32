package coop.khidma.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Jakarta Security for the staff console: accounts and roles live in MariaDB, passwords are PBKDF2 hashes
 * with {@value #ITERATIONS_VALUE} iterations (the specification's default is only 2048). The console's
 * Vaadin login view has {@link SignIns} check the attempt (throttled, one hash, audited), then authenticates the
 * {@link VerifiedStaff} through {@code SecurityContext} and {@link SessionAuthentication} against
 * {@link StaffIdentityStore}, which gives the roles; the session then carries the caller and their roles.
 */
@ApplicationScoped
@DeclareRoles({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
public class SecurityConfiguration {

    public static final String DATA_SOURCE = "jdbc/khidma";
    public static final String ITERATIONS_VALUE = "600000";
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=" + ITERATIONS_VALUE;
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";
}
