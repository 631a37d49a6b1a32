package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.Component;

/**
 * The on-screen keyboard a kiosk field asks for ({@code numeric} for a reference, a ticket or an ID number, {@code tel}
 * for a mobile number). Vaadin 24's text fields keep an {@code inputmode} attribute on their own element, where the
 * browser ignores it, so it is set on the native input the field holds, every time the field is shown.
 */
final class Keyboard {

    static final String DIGITS = "numeric";
    static final String PHONE = "tel";

    private Keyboard() {
    }

    static void ask(Component field, String mode) {
        field.addAttachListener(attach -> field.getElement().executeJs("""
                const mode = $0;
                const apply = () => {
                  const input = this.inputElement;
                  if (input) { input.setAttribute('inputmode', mode); } else { requestAnimationFrame(apply); }
                };
                apply();""", mode));
    }
}
