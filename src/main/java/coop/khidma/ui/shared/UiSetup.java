package coop.khidma.ui.shared;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import coop.khidma.ui.console.LoginView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Wires every UI the same way: views are denied unless annotated ({@code @AnonymousAllowed} for the kiosk,
 * {@code @RolesAllowed} for the console), the console's login view catches the rest, one error handler per
 * session, and the session's language and direction on every new page.
 */
@ApplicationScoped
public class UiSetup {

    void configure(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView(LoginView.class);
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new ErrorMessages()));
        event.getSource().addUIInitListener(init -> {
            init.getUI().addBeforeEnterListener(accessControl);
            Language.apply(init.getUI());
        });
    }
}
