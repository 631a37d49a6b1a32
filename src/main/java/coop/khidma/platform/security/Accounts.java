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
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The administrators' side of the staff accounts: who has an account, with which roles and when they last signed
 * in; invite a person (a one-time password shown once), disable and enable, reset a password, end someone's
 * sessions, change roles. Every change is audited; the association always keeps at least one enabled administrator.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Accounts {

    static final String ACCOUNT = "ACCOUNT";

    /** One line of the users list. */
    public record AccountRow(String username, String displayName, Set<String> roles, boolean enabled,
                             boolean mustChangePassword, Instant lastLoginAt, long version) {
    }

    /** What the administrator hands to the person, once: it is stored only as a hash. */
    public record OneTimePassword(String username, String password) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog auditTrail;

    @Inject
    Clock clock;

    public List<AccountRow> accounts() {
        return em.createQuery("SELECT a FROM StaffAccount a ORDER BY a.username", StaffAccount.class)
                .getResultList().stream().map(Accounts::row).toList();
    }

    /** Breaks {@code rule.account.taken} or the rules of {@link StaffAccount#invite}. */
    public OneTimePassword invite(String username, String displayName, Set<String> roles) {
        String password = PasswordPolicy.oneTimePassword();
        StaffAccount account = StaffAccount.invite(username, displayName, passwords.hash(password), roles, me(),
                now());
        if (em.find(StaffAccount.class, account.username()) != null) {
            throw new DomainException("rule.account.taken", account.username());
        }
        em.persist(account);
        audit(account, "invite", null, account.describeRoles());
        return new OneTimePassword(account.username(), password);
    }

    public void disable(String username, long version) {
        StaffAccount account = current(username, version);
        account.disable(me());
        keepAnAdministrator();
        audit(account, "disable", "enabled", "disabled");
    }

    public void enable(String username, long version) {
        StaffAccount account = current(username, version);
        account.enable();
        audit(account, "enable", "disabled", "enabled");
    }

    /** A new one-time password for someone who forgot theirs; their open sessions end. */
    public OneTimePassword resetPassword(String username, long version) {
        StaffAccount account = current(username, version);
        String password = PasswordPolicy.oneTimePassword();
        account.resetPassword(passwords.hash(password), me(), now());
        audit(account, "resetPassword", null, null);
        return new OneTimePassword(account.username(), password);
    }

    /** Force logout: every open session of the account ends at its next request. */
    public void endSessions(String username, long version) {
        StaffAccount account = current(username, version);
        int before = account.sessionEpoch();
        account.endSessions();
        audit(account, "endSessions", String.valueOf(before), String.valueOf(account.sessionEpoch()));
    }

    public void changeRoles(String username, long version, Set<String> roles) {
        StaffAccount account = current(username, version);
        String before = account.describeRoles();
        account.changeRoles(roles, me());
        keepAnAdministrator();
        audit(account, "changeRoles", before, account.describeRoles());
    }

    private void keepAnAdministrator() {
        em.flush();
        long admins = em.createQuery("SELECT COUNT(a) FROM StaffAccount a JOIN a.roles r "
                + "WHERE a.enabled = TRUE AND r = :admin", Long.class).setParameter("admin", Roles.ADMIN)
                .getSingleResult();
        if (admins == 0) {
            throw new DomainException("rule.account.lastAdmin");
        }
    }

    private StaffAccount current(String username, long version) {
        StaffAccount account = em.find(StaffAccount.class, username);
        if (account == null) {
            throw new DomainException("rule.account.unknown", username);
        }
        if (account.version() != version) {
            throw new OptimisticLockException(username);
        }
        return account;
    }

    private void audit(StaffAccount account, String action, String before, String after) {
        auditTrail.record(Change.of(ACCOUNT, account.username(), action, before, after, me(), now(), null));
    }

    static AccountRow row(StaffAccount account) {
        return new AccountRow(account.username(), account.displayName(), account.roles(), account.isEnabled(),
                account.mustChangePassword(), account.lastLoginAt(), account.version());
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private Instant now() {
        return clock.instant();
    }
}
