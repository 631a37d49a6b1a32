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

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

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

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

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
                                                   Set<String> roles) {
        StaffAccount account = new StaffAccount();
        account.username = username;
        account.displayName = displayName;
        account.passwordHash = passwordHash;
        account.mustChangePassword = true;
        account.roles.addAll(roles);
        return account;
    }

    public void signedIn(Instant at) {
        lastLoginAt = at;
    }

    public void changePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        mustChangePassword = false;
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
