package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.ui.console.FormEvent;

/**
 * The actions the request's status allows to those who work requests, each emitted as {@link Acted} (with the text
 * typed beside it, for resolving or withdrawing); for those who may also refer an open request to the higher
 * authority, an {@link EscalationPanel}; and, for everyone, the printed request form. Calls no service.
 */
public class RequestActions extends Div {

    /** A step of the request's life, as the buttons offer them. */
    public enum Step {
        START_INTAKE, RETURN, COMPLETE_INTAKE, RESUME, HAND_OVER, START_SERVICE, RESOLVE, REGISTER, WITHDRAW
    }

    /** A step asked for, with the text typed beside its button ({@code null} for a button alone). */
    public record Action(Step step, String text) {
    }

    public static class Acted extends FormEvent<RequestActions, Action> {
        Acted(RequestActions bar, Action action) {
            super(bar, action);
        }
    }

    private final EscalationPanel escalation = new EscalationPanel();

    /** The bar for the reader: whether they work requests, and whether they may refer one upwards. */
    public RequestActions(RequestView request, boolean works, boolean raises) {
        setId("request-actions");
        addClassName("request-actions");
        if (works) {
            steps(request);
            if (raises && request.status().isOpen()) {
                add(escalation);
            }
        }
        Anchor form = new Anchor("console/print/request?reference=" + request.ref().reference(),
                getTranslation("console.request.printForm"));
        form.setId("print-form");
        form.setTarget("_blank");
        add(form);
    }

    private void steps(RequestView request) {
        RequestStatus status = request.status();
        switch (status) {
            case SUBMITTED -> button("action-start-intake", "console.request.startIntake", Step.START_INTAKE);
            case IN_INTAKE -> {
                button("action-return", "console.request.return", Step.RETURN);
                button("action-complete-intake", "console.request.completeIntake", Step.COMPLETE_INTAKE);
            }
            case RETURNED -> button("action-resume", "console.request.resume", Step.RESUME);
            case VERIFIED -> {
                if (request.needsCommittee()) {
                    button("action-hand-over", "console.request.handOver.action", Step.HAND_OVER);
                } else {
                    button("action-start-service", "console.request.startService", Step.START_SERVICE);
                }
            }
            case BEING_SERVED -> withText("resolve", "console.request.answer", "console.request.resolve", Step.RESOLVE);
            case ACCEPTED -> {
                if (request.application()) {
                    button("action-register", "console.request.register", Step.REGISTER);
                }
            }
            default -> {
                // a closed request has no more actions
            }
        }
        if (status.isOpen()) {
            withText("withdraw", "console.request.withdrawReason", "console.request.withdraw", Step.WITHDRAW);
        }
    }

    private void button(String id, String labelKey, Step step) {
        Button button = new Button(getTranslation(labelKey), click -> fireEvent(new Acted(this, new Action(step, null))));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(button);
    }

    private void withText(String id, String placeholderKey, String labelKey, Step step) {
        TextArea text = new TextArea();
        text.setId(id + "-text");
        text.setPlaceholder(getTranslation(placeholderKey));
        Button button = new Button(getTranslation(labelKey),
                click -> fireEvent(new Acted(this, new Action(step, text.getValue()))));
        button.setId("action-" + id);
        Div group = new Div(text, button);
        group.addClassName("request-action-text");
        add(group);
    }

    public Registration addActedListener(ComponentEventListener<Acted> listener) {
        return addListener(Acted.class, listener);
    }

    public Registration addRaisedListener(ComponentEventListener<EscalationPanel.Raised> listener) {
        return escalation.addRaisedListener(listener);
    }
}
