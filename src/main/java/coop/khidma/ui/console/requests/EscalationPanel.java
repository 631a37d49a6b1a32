package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import coop.khidma.ui.console.FormEvent;

/** A referral to the higher authority: the reason typed, emitted as {@link Raised}; calls no service. */
public class EscalationPanel extends Div {

    /** The request to refer, for the reason typed. */
    public static class Raised extends FormEvent<EscalationPanel, String> {
        Raised(EscalationPanel panel, String reason) {
            super(panel, reason);
        }
    }

    public EscalationPanel() {
        TextArea reason = new TextArea();
        reason.setId("escalate-reason");
        reason.setPlaceholder(getTranslation("console.request.escalateReason"));
        Button raise = new Button(getTranslation("console.request.escalate"), VaadinIcon.ARROW_UP.create(),
                click -> fireEvent(new Raised(this, reason.getValue())));
        raise.setId("action-escalate");
        add(reason, raise);
        addClassName("request-action-text");
    }

    public Registration addRaisedListener(ComponentEventListener<Raised> listener) {
        return addListener(Raised.class, listener);
    }
}
