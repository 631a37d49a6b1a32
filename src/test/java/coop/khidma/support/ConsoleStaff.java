package coop.khidma.support;

import coop.khidma.platform.security.PasswordHashing;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Set;

/**
 * Test-only: one signed-in-ready staff account per role for the console's browser journeys, created when the test
 * deployment starts (after the first administrator, so that account is still made as in production). Each gets a
 * one-time password and then its own, exactly as a person would, so none has to change it at sign-in.
 */
@Singleton
@Startup
@DependsOn("FirstAdministrator") // which depends on Migrations; naming both made Payara see a false cycle now and then
public class ConsoleStaff {

    public static final String PASSWORD = "Journey-Pass-2026";

    /** username → role; display names are the usernames in Arabic letters, to look at in screenshots. */
    public static final Map<String, String> ACCOUNTS = Map.of(
            "staff1", Roles.STAFF,
            "supervisor1", Roles.SUPERVISOR,
            "director1", Roles.DIRECTOR,
            "committee1", Roles.COMMITTEE,
            "admin1", Roles.ADMIN);

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /** The journeys' requests, when the deployment carries them ({@link ConsoleCases}). */
    @Inject
    Instance<ConsoleCases> cases;

    /** The back office journey's data, when the deployment carries it ({@link BackOfficeCases}). */
    @Inject
    Instance<BackOfficeCases> backOffice;

    /** The assembly journey's meeting, when the deployment carries it ({@link AssemblyCases}). */
    @Inject
    Instance<AssemblyCases> assembly;

    @PostConstruct
    void create() {
        // one PBKDF2 hash for all five (each costs a good part of a second here); never a one-time password to hash
        java.util.function.Supplier<String> hashed = new java.util.function.Supplier<>() {
            private String hash;

            @Override
            public String get() {
                hash = hash == null ? passwords.hash(PASSWORD) : hash;
                return hash;
            }
        };
        ACCOUNTS.forEach((username, role) -> {
            if (em.find(StaffAccount.class, username) == null) {
                StaffAccount account = StaffAccount.withOneTimePassword(username, "موظف " + role.toLowerCase()
                        + " (" + username + ")", "never-used", Set.of(role), java.time.Instant.now());
                account.changePassword(hashed.get());
                em.persist(account);
            }
        });
        if (cases.isResolvable()) {
            cases.get().create();
        }
        if (backOffice.isResolvable()) {
            backOffice.get().create();
        }
        if (assembly.isResolvable()) {
            assembly.get().create();
        }
    }
}
