package coop.khidma.ui.console;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Signs a staff member in and out of the console through Jakarta Security. The credential is checked against
 * the identity store first, so a wrong password never reaches the HTTP mechanism (which would answer the
 * Vaadin request with a 401); a right one starts an authenticated session under a new session id.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    IdentityStoreHandler identityStores;

    public boolean signIn(String username, String password) {
        UsernamePasswordCredential credential = new UsernamePasswordCredential(username, password);
        if (identityStores.validate(credential).getStatus() != CredentialValidationResult.Status.VALID) {
            return false;
        }
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                VaadinServletResponse.getCurrent().getHttpServletResponse(),
                withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
        }
        request.changeSessionId();
        return true;
    }

    public void signOut() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
