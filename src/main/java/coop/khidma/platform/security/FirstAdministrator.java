package coop.khidma.platform.security;

import coop.khidma.platform.persistence.Sequences;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Set;
import java.util.logging.Logger;

/**
 * On the very first start (no staff account at all) creates the {@code admin} account. Its one-time password
 * comes from {@code KHIDMA_ADMIN_PASSWORD} when set, otherwise it is generated and told once (the development log, or
 * in production a file only the service's user reads: {@link FirstStartSecrets}); it must be changed at first sign-in. There is no default password.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    /** The counter of application start-ups, whose row serialises the first start across nodes. */
    static final String STARTS = "start-up";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Sequences sequences;

    @Inject
    java.time.Clock clock;

    @PostConstruct
    void createWhenNoAccountExists() {
        // Nodes starting at once on a new database queue here (the counter row stays locked until this start-up's
        // transaction ends), so exactly one of them finds no account and creates it.
        sequences.next(STARTS, 0);
        if (em.createQuery("SELECT COUNT(a) FROM StaffAccount a", Long.class).getSingleResult() > 0) {
            return;
        }
        String given = System.getenv("KHIDMA_ADMIN_PASSWORD");
        String password = given == null || given.isBlank() ? PasswordPolicy.oneTimePassword() : given;
        em.persist(StaffAccount.withOneTimePassword(USERNAME, "Administrator — مدير النظام",
                passwords.hash(password), Set.of(Roles.ADMIN, Roles.STAFF), clock.instant()));
        if (given == null || given.isBlank()) {
            FirstStartSecrets.tell(LOG, "Khidma first start: sign in to /console as '" + USERNAME
                    + "' with the one-time password " + password + " (you will be asked to change it; it is valid "
                    + StaffAccount.ONE_TIME_VALIDITY.toHours() + " hours)", System.getenv());
        } else {
            LOG.info(() -> "Khidma first start: account '" + USERNAME + "' created with KHIDMA_ADMIN_PASSWORD");
        }
    }
}
