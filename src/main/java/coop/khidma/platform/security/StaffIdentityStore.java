package coop.khidma.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;

/**
 * The console's identity store: it accepts only a {@link VerifiedStaff} (whose password {@link SignIns} checked) and
 * gives the caller the roles of their enabled account, read afresh at every sign-in. Any other credential is not
 * validated here, so nothing signs in without passing the throttle.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffSessions sessions;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof VerifiedStaff staff)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Set<String> roles = sessions.rolesOf(staff.username());
        return roles.isEmpty()
                ? CredentialValidationResult.INVALID_RESULT
                : new CredentialValidationResult(staff.username(), roles);
    }
}
