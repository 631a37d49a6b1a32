package coop.khidma.ui.console;

import coop.khidma.platform.security.ConsoleDoor;
import coop.khidma.platform.security.SignIns;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signs a staff member in and out of the console from a Vaadin request, through {@link ConsoleDoor} (throttled, one
 * hash per attempt, audited; a right attempt starts an authenticated session under a new session id).
 */
@ApplicationScoped
public class SignIn {

    @Inject
    ConsoleDoor door;

    public SignIns.Attempt signIn(String username, String password) {
        return door.signIn(VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse(), username, password);
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
