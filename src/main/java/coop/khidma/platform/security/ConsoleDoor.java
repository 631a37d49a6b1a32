package coop.khidma.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Signs a staff member in over HTTP: {@link SignIns} checks the attempt (throttle, one hash, audit); a right one is
 * handed to Jakarta Security as a {@link VerifiedStaff}, and the session starts under a new id with its sign-in time,
 * from which {@link SessionGuard} counts its absolute lifetime. A wrong one never reaches the HTTP mechanism (which
 * would answer the Vaadin request with a 401).
 */
@ApplicationScoped
public class ConsoleDoor {

    @Inject
    SignIns signIns;

    @Inject
    SecurityContext securityContext;

    @Inject
    Clock clock;

    public SignIns.Attempt signIn(HttpServletRequest request, HttpServletResponse response, String username,
                                  String password) {
        SignIns.Attempt attempt = signIns.attempt(username, password, request.getRemoteAddr());
        if (!attempt.signedIn()) {
            return attempt;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new VerifiedStaff(attempt.username())).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return new SignIns.Attempt(SignIns.Outcome.REFUSED, null, null);
        }
        request.changeSessionId();
        request.getSession().setAttribute(SessionGuard.SIGNED_IN_AT, clock.instant());
        return attempt;
    }
}
