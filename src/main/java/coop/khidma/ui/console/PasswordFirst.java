package coop.khidma.ui.console;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinRequest;
import coop.khidma.platform.security.StaffAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A staff member who signed in with a one-time password chooses their own before anything else: every console page
 * (the console's views and its print pages alike, whatever address is typed) leads to {@link PasswordView} until then.
 */
@ApplicationScoped
public class PasswordFirst implements BeforeEnterListener {

    @Inject
    StaffAccounts accounts;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (target.getPackageName().startsWith(PasswordFirst.class.getPackageName())
                && target != PasswordView.class && target != LoginView.class
                && request != null && request.getUserPrincipal() != null
                && SignedIn.of(accounts).mustChangePassword()) {
            event.forwardTo(PasswordView.class);
        }
    }
}
