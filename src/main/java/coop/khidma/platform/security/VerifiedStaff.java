package coop.khidma.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A staff member whose password {@link SignIns} has just checked (once, throttled, audited): what the console hands
 * to Jakarta Security so that the password is not hashed a second time. Only this package can make one.
 */
public final class VerifiedStaff implements Credential {

    private final String username;

    VerifiedStaff(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }
}
