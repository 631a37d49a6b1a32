package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

/**
 * Gives the kiosk back to the next visitor: after the idle time (an administrator's setting, else
 * {@code KHIDMA_KIOSK_IDLE_SECONDS}, else 90 seconds; see {@code platform.kiosk.KioskSettings}) without a touch or a key, the session
 * ends (nothing the last visitor typed or saw survives) and the welcome screen returns, in Arabic. For the last
 * {@link #countdownSeconds(int)} seconds a visible countdown warns that the screen, and anything half filled, is
 * about to be cleared; a touch or a key cancels it. Vaadin's heartbeats keep a session alive, so the kiosk counts
 * idleness in the page itself. {@link #endVisit()} does the same at once when a visitor finishes a journey.
 */
@Tag("khidma-idle-reset")
public class IdleReset extends Component {

    static final int COUNTDOWN_SECONDS = 10;

    private final int idle;

    public IdleReset(int idleSeconds) {
        this.idle = idleSeconds;
    }

    /** The warning lasts the last ten seconds, or the second half of a shorter idle time. */
    static int countdownSeconds(int idleSeconds) {
        return Math.min(COUNTDOWN_SECONDS, Math.max(1, idleSeconds / 2));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        getElement().executeJs("""
                const host = this;
                const idle = $0, countdown = $1, warning = $2;
                const box = document.createElement('div');
                box.id = 'idle-countdown';
                box.className = 'kiosk-idle-warning';
                box.setAttribute('role', 'alert');
                box.hidden = true;
                host.replaceChildren(box);
                const stop = () => {
                  clearTimeout(window.khidmaIdleTimer);
                  clearInterval(window.khidmaIdleTick);
                };
                const restart = () => {
                  stop();
                  box.hidden = true;
                  window.khidmaIdleTimer = setTimeout(() => {
                    let left = countdown;
                    const show = () => { box.textContent = warning.replace('{0}', left); };
                    show();
                    box.hidden = false;
                    window.khidmaIdleTick = setInterval(() => {
                      left--;
                      if (left <= 0) { stop(); host.$server.idle(); } else { show(); }
                    }, 1000);
                  }, (idle - countdown) * 1000);
                };
                if (!window.khidmaIdleListening) {
                  window.khidmaIdleListening = true;
                  ['pointerdown', 'keydown', 'input', 'wheel'].forEach(type =>
                      document.addEventListener(type, () => window.khidmaIdleRestart(), {passive: true, capture: true}));
                }
                window.khidmaIdleRestart = restart;
                restart();""", idle, countdownSeconds(idle), getTranslation("kiosk.idle.warning"));
    }

    @ClientCallable
    void idle() {
        endVisit();
    }

    /** A large, quiet button that ends the visit at once ("back", "cancel"): the next visitor starts clean. */
    static Button leave(String label) {
        Button leave = new Button(label, click -> endVisit());
        leave.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        return leave;
    }

    /**
     * Ends the visit: the browser goes back to the welcome screen and the server forgets the session, so neither
     * the back button, a reload nor a second tab shows anything the visitor typed or received.
     */
    public static void endVisit() {
        UI.getCurrent().getPage().setLocation("./");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
