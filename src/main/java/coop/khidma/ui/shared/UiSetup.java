package coop.khidma.ui.shared;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import coop.khidma.ui.console.LoginView;
import coop.khidma.ui.console.PasswordFirst;
import coop.khidma.ui.kiosk.KioskDeviceGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Wires every UI the same way: views are denied unless annotated ({@code @AnonymousAllowed} for the kiosk,
 * {@code @RolesAllowed} for the console), the console's login view catches the rest, one error handler per
 * session, a one-time password changed before any console page, the session's language and direction on every
 * new page, and kiosk screens only on registered kiosk
 * devices.
 */
@ApplicationScoped
public class UiSetup {

    @Inject
    KioskDeviceGate kioskDevices;

    @Inject
    PasswordFirst passwordFirst;

    void configure(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView(LoginView.class);
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new ErrorMessages()));
        event.getSource().addUIInitListener(init -> {
            init.getUI().addBeforeEnterListener(accessControl);
            init.getUI().addBeforeEnterListener(kioskDevices);
            init.getUI().addBeforeEnterListener(passwordFirst);
            Language.apply(init.getUI());
        });
    }
}
