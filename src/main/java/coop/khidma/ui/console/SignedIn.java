package coop.khidma.ui.console;

import com.vaadin.flow.server.VaadinSession;
import coop.khidma.platform.security.StaffAccounts;
import coop.khidma.platform.security.StaffAccounts.Me;

/** The signed-in account, asked of the server once per session (that call also records the sign-in time). */
public final class SignedIn {

    private SignedIn() {
    }

    public static Me of(StaffAccounts accounts) {
        VaadinSession session = VaadinSession.getCurrent();
        Me me = session.getAttribute(Me.class);
        if (me == null) {
            me = accounts.signedIn();
            session.setAttribute(Me.class, me);
        }
        return me;
    }

    public static void passwordChanged(StaffAccounts accounts) {
        VaadinSession.getCurrent().setAttribute(Me.class, null);
        of(accounts);
    }
}
