package coop.khidma.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * The console's HTTP authentication mechanism. A sign-in through {@link ConsoleDoor} hands it a {@link VerifiedStaff}:
 * the identity store ({@link StaffIdentityStore}) gives the account's roles, the container is told, and the session
 * keeps the caller with those roles. Every later request of the session tells the container the caller and roles
 * again, from the session, so that each request carries both. (Payara's own restoring of a session's caller, which
 * the form mechanism used, now and then restored the caller without their roles while many sessions were busy —
 * Payara issue 6145: the console then said "not allowed" and the EJBs refused signed-in staff.) The roles are those
 * of the sign-in, as before: {@link SessionGuard} ends the session when an administrator changes them.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    static final String CALLER = "khidma.caller";

    /** Who signed in to this session, and with which roles. */
    record SignedIn(String name, Set<String> roles) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.doNothing(); // the door reports a refusal; the Vaadin request is not answered 401
            }
            request.getSession().setAttribute(CALLER, new SignedIn(result.getCallerPrincipal().getName(),
                    Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedIn caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.roles());
        }
        return context.doNothing();
    }

    /** Signing out ({@code request.logout()}) forgets the session's caller too. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        context.cleanClientSubject();
    }
}
