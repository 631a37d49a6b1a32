package coop.khidma.platform.security;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Set;

/** The signed-in staff member's own account: who they are, their first sign-in, their password. */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
public class StaffAccounts {

    /** What the console shows about the signed-in account. */
    public record Me(String username, String displayName, Set<String> roles, boolean mustChangePassword) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditTrail;

    public Me signedIn() {
        StaffAccount account = mine();
        account.signedIn(clock.instant());
        return new Me(account.username(), account.displayName(), account.roles(), account.mustChangePassword());
    }

    /**
     * One's own new password (see {@link PasswordPolicy}); every other session of the account ends, audited. Returns
     * the account's new session epoch, at which the caller's own session goes on ({@link SessionGuard#keep}).
     */
    public int changePassword(String currentPassword, String newPassword) {
        StaffAccount account = mine();
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw new DomainException("rule.password.currentWrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw new DomainException("rule.password.unchanged");
        }
        PasswordPolicy.check(newPassword);
        account.changePassword(passwords.hash(newPassword));
        auditTrail.record(Change.of(Accounts.ACCOUNT, account.username(), "changeOwnPassword", null, null,
                account.username(), clock.instant(), null));
        return account.sessionEpoch();
    }

    private StaffAccount mine() {
        return em.find(StaffAccount.class, caller.getCallerPrincipal().getName());
    }
}
