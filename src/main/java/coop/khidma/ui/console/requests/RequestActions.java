package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.control.RequestAction;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.ui.console.assembly.AssembliesView;

import java.util.Set;

/**
 * The steps the boundary allows the reader on the request now ({@link RequestView#allowed}), each emitted as
 * {@link Acted} (with the text typed beside it, for resolving or withdrawing); when they may refer the request to the
 * higher authority, an {@link EscalationPanel}; and, for everyone, the printed request form. Decides nothing and calls
 * no service.
 */
public class RequestActions extends Div {

    /** A step asked for, with the text typed beside its button ({@code null} for a button alone). */
    public record Action(RequestAction step, String text) {
    }

    public static class Acted extends FormEvent<RequestActions, Action> {
        Acted(RequestActions bar, Action action) {
            super(bar, action);
        }
    }

    private final EscalationPanel escalation = new EscalationPanel();
    private final Set<RequestAction> allowed;

    public RequestActions(RequestView request) {
        setId("request-actions");
        addClassName("request-actions");
        allowed = request.allowed();
        button("action-start-intake", "console.request.startIntake", RequestAction.START_INTAKE);
        button("action-return", "console.request.return", RequestAction.RETURN_TO_MEMBER);
        button("action-complete-intake", "console.request.completeIntake", RequestAction.COMPLETE_INTAKE);
        button("action-resume", "console.request.resume", RequestAction.RESUME);
        button("action-hand-over", "console.request.handOver.action", RequestAction.HAND_TO_COMMITTEE);
        button("action-start-service", "console.request.startService", RequestAction.START_SERVICE);
        withText("resolve", "console.request.answer", "console.request.resolve", RequestAction.RESOLVE);
        button("action-register", "console.request.register", RequestAction.COMPLETE_REGISTRATION);
        carryOut();
        proxyAtTheAssembly(request);
        withText("withdraw", "console.request.withdrawReason", "console.request.withdraw", RequestAction.WITHDRAW);
        if (allowed.contains(RequestAction.ESCALATE)) {
            add(escalation);
        }
        Anchor form = new Anchor("console/print/request?reference=" + request.ref().reference(),
                getTranslation("console.request.printForm"));
        form.setId("print-form");
        form.setTarget("_blank");
        add(form);
    }

    private void button(String id, String labelKey, RequestAction step) {
        if (!allowed.contains(step)) {
            return;
        }
        Button button = new Button(getTranslation(labelKey), click -> fireEvent(new Acted(this, new Action(step, null))));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(button);
    }

    private void withText(String id, String placeholderKey, String labelKey, RequestAction step) {
        if (!allowed.contains(step)) {
            return;
        }
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

    /** The membership number the request concerns (as intake matched it), and the button that carries it out. */
    private void carryOut() {
        if (!allowed.contains(RequestAction.CARRY_OUT_IN_REGISTER)) {
            return;
        }
        TextField number = new TextField(getTranslation("console.request.carryOut.number"));
        number.setId("carry-out-number");
        number.setPlaceholder("NJT-2026-0001");
        Button button = new Button(getTranslation("console.request.carryOut"),
                click -> fireEvent(new Acted(this, new Action(RequestAction.CARRY_OUT_IN_REGISTER, number.getValue()))));
        button.setId("action-carry-out");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div group = new Div(number, button);
        group.addClassName("request-action-text");
        add(group);
    }

    /** A proxy appointment is recorded on the General Assembly's page once verified: the way there. */
    private void proxyAtTheAssembly(RequestView request) {
        if (RequestType.CARRIED_OUT_AT_ASSEMBLY.contains(request.typeCode()) && request.status().isOpen()) {
            RouterLink assemblies = new RouterLink(getTranslation("assembly.console.proxy.fromRequest"),
                    AssembliesView.class);
            assemblies.setId("action-proxy-at-assembly");
            add(assemblies);
        }
    }

    public Registration addActedListener(ComponentEventListener<Acted> listener) {
        return addListener(Acted.class, listener);
    }

    public Registration addRaisedListener(ComponentEventListener<EscalationPanel.Raised> listener) {
        return escalation.addRaisedListener(listener);
    }
}
