package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * Gives the kiosk back to the next visitor: after {@link #idleSeconds()} without a touch or a key, the session
 * ends (nothing the last visitor typed or saw survives) and the welcome screen returns, in Arabic. Vaadin's
 * heartbeats keep a session alive, so the kiosk counts idleness in the page itself.
 */
@Tag("khidma-idle-reset")
public class IdleReset extends Component {

    static final int DEFAULT_IDLE_SECONDS = 90;

    /** {@code KHIDMA_KIOSK_IDLE_SECONDS}, or 90 seconds. */
    static int idleSeconds() {
        String configured = System.getenv("KHIDMA_KIOSK_IDLE_SECONDS");
        try {
            return configured == null ? DEFAULT_IDLE_SECONDS : Math.max(5, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_SECONDS;
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        getElement().executeJs("""
                const host = this;
                const restart = () => {
                  clearTimeout(window.khidmaIdleTimer);
                  window.khidmaIdleTimer = setTimeout(() => host.$server.idle(), $0 * 1000);
                };
                if (!window.khidmaIdleListening) {
                  window.khidmaIdleListening = true;
                  ['pointerdown', 'keydown', 'input', 'wheel'].forEach(type =>
                      document.addEventListener(type, () => window.khidmaIdleRestart(), {passive: true, capture: true}));
                }
                window.khidmaIdleRestart = restart;
                restart();""", idleSeconds());
    }

    @ClientCallable
    void idle() {
        UI ui = UI.getCurrent();
        ui.getPage().setLocation("./");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
