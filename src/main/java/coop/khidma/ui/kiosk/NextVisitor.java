package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * Ends a completed kiosk journey so the next visitor starts clean: the session (and with it the language chosen, what
 * was typed and the device token of the rating throttle) is wiped and the welcome screen returns, in Arabic.
 */
final class NextVisitor {

    private NextVisitor() {
    }

    static void startClean(UI ui) {
        ui.getPage().setLocation("./");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
