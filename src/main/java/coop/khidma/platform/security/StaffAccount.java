package coop.khidma.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import coop.khidma.platform.i18n.DomainException;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** A person who signs in to the staff console, with the roles the association gave them. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    /** When the one-time password (invitation, reset) was issued; it expires {@link #ONE_TIME_VALIDITY} later. */
    @Column(name = "one_time_password_at")
    private Instant oneTimePasswordAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Raised whenever the account's sessions must end (force logout, disable, new roles, reset password). */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "invited_by", length = 60)
    private String invitedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected StaffAccount() {
    }

    /** A new account whose password was given to its holder once and must be changed at first sign-in. */
    public static StaffAccount withOneTimePassword(String username, String displayName, String passwordHash,
                                                   Set<String> roles, Instant at) {
        StaffAccount account = new StaffAccount();
        account.username = username;
        account.displayName = displayName;
        account.passwordHash = passwordHash;
        account.mustChangePassword = true;
        account.oneTimePasswordAt = at;
        account.roles.addAll(roles);
        return account;
    }

    public static final int USERNAME_MAX = 60;
    /** How long a one-time password (invitation, reset) may be used for the first sign-in. */
    public static final java.time.Duration ONE_TIME_VALIDITY = java.time.Duration.ofHours(72);
    /** Names that stand for the system itself in the audit trail, in any case. */
    public static final Set<String> RESERVED = Set.of("system", "kiosk", "website");
    public static final int DISPLAY_NAME_MAX = 120;
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,59}");

    /**
     * An administrator invites a person: a new account with a one-time password to change at first sign-in. Breaks
     * {@code rule.account.username}, {@code rule.account.displayName} or {@code rule.account.roles}.
     */
    public static StaffAccount invite(String username, String displayName, String passwordHash, Set<String> roles,
                                      String by, Instant at) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new DomainException("rule.account.username");
        }
        if (RESERVED.contains(name)) {
            throw new DomainException("rule.account.reserved", name);
        }
        StaffAccount account = withOneTimePassword(name, checkDisplayName(displayName), passwordHash,
                checkRoles(roles), at);
        account.invitedBy = by;
        account.createdAt = at;
        return account;
    }

    private static String checkDisplayName(String displayName) {
        String trimmed = displayName == null ? "" : displayName.strip();
        if (trimmed.isEmpty() || trimmed.length() > DISPLAY_NAME_MAX) {
            throw new DomainException("rule.account.displayName", DISPLAY_NAME_MAX);
        }
        return trimmed;
    }

    private static Set<String> checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            throw new DomainException("rule.account.roles");
        }
        return roles;
    }

    /** Ends every session of this account at its next request (see {@code StaffSessions}). */
    public void endSessions() {
        sessionEpoch++;
    }

    /** No more sign-ins, and the open sessions end. Breaks {@code rule.account.self} for one's own account. */
    public void disable(String by) {
        refuseSelf(by);
        enabled = false;
        endSessions();
    }

    public void enable() {
        enabled = true;
    }

    /** A new one-time password, to be changed at the next sign-in; the open sessions end. */
    public void resetPassword(String oneTimePasswordHash, String by, Instant at) {
        refuseSelf(by);
        passwordHash = oneTimePasswordHash;
        mustChangePassword = true;
        oneTimePasswordAt = at;
        endSessions();
    }

    /**
     * The roles the association gives this person; they take effect at the next sign-in, so the open sessions end.
     * Breaks {@code rule.account.roles} (none, or unknown), or {@code rule.account.self} when administrators would
     * take ADMIN from themselves.
     */
    public void changeRoles(Set<String> newRoles, String by) {
        checkRoles(newRoles);
        if (username.equalsIgnoreCase(by) && roles.contains(Roles.ADMIN) && !newRoles.contains(Roles.ADMIN)) {
            throw new DomainException("rule.account.self");
        }
        roles.clear();
        roles.addAll(newRoles);
        endSessions();
    }

    private void refuseSelf(String by) {
        if (username.equalsIgnoreCase(by)) {
            throw new DomainException("rule.account.self");
        }
    }

    /** The roles as stored, sorted, for the audit trail. */
    public String describeRoles() {
        return String.join(",", new TreeSet<>(roles));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public long version() {
        return version;
    }

    public void signedIn(Instant at) {
        lastLoginAt = at;
    }

    /** The holder chose a new password: the one-time password is gone, and every other session ends. */
    public void changePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        mustChangePassword = false;
        oneTimePasswordAt = null;
        endSessions();
    }

    /** A one-time password issued more than {@link #ONE_TIME_VALIDITY} before {@code now} no longer signs in. */
    public boolean oneTimePasswordExpired(Instant now) {
        return mustChangePassword && oneTimePasswordAt != null
                && !now.isBefore(oneTimePasswordAt.plus(ONE_TIME_VALIDITY));
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }
}
