package coop.khidma.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Jakarta Security for the staff console: accounts and roles live in MariaDB, passwords are PBKDF2 hashes
 * with {@value #ITERATIONS_VALUE} iterations (the specification's default is only 2048). The console's
 * Vaadin login view authenticates through {@code SecurityContext}; the session then carries the caller.
 */
@ApplicationScoped
@DeclareRoles({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = SecurityConfiguration.DATA_SOURCE,
        callerQuery = "SELECT password_hash FROM staff_account WHERE username = ? AND enabled = TRUE",
        groupsQuery = "SELECT role FROM staff_role WHERE username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                SecurityConfiguration.ALGORITHM,
                SecurityConfiguration.ITERATIONS,
                SecurityConfiguration.SALT_SIZE,
                SecurityConfiguration.KEY_SIZE})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/console/login", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {

    public static final String DATA_SOURCE = "jdbc/khidma";
    public static final String ITERATIONS_VALUE = "600000";
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=" + ITERATIONS_VALUE;
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";
}
