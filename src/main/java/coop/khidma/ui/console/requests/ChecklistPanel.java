package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.control.RequestAction;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.ItemState;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.ui.shared.Dates;

import java.util.Arrays;

/**
 * The checklist item by item: its label in the reader's language, its kind, its state, who verified it when and how
 * or why it is missing, and what the member gave for it; where the boundary allows the reader to ({@link RequestView.Item#allowed}: an item not yet
 * verified, during intake), a field's value can be written down ({@link Provided}), the item can be verified by a method that fits its kind ({@link Verified}) or marked
 * missing with a reason ({@link MarkedMissing}). Calls no service.
 */
public class ChecklistPanel extends Div {

    /** An item verified by a method. */
    public record Verification(String itemCode, VerificationMethod method) {
    }

    /** An item missing, for a reason. */
    public record Missing(String itemCode, String reason) {
    }

    public static class Verified extends FormEvent<ChecklistPanel, Verification> {
        Verified(ChecklistPanel panel, Verification typed) {
            super(panel, typed);
        }
    }

    /** What the member gave for an item, written down. */
    public record Given(String itemCode, String note) {
    }

    public static class Provided extends FormEvent<ChecklistPanel, Given> {
        Provided(ChecklistPanel panel, Given typed) {
            super(panel, typed);
        }
    }

    public static class MarkedMissing extends FormEvent<ChecklistPanel, Missing> {
        MarkedMissing(ChecklistPanel panel, Missing typed) {
            super(panel, typed);
        }
    }

    public ChecklistPanel(RequestView request) {
        setId("checklist");
        addClassName("request-checklist");
        for (RequestView.Item item : request.items()) {
            add(item(item));
        }
    }

    private Component item(RequestView.Item item) {
        Span label = new Span("ar".equals(getLocale().getLanguage()) ? item.labelArabic() : item.labelEnglish());
        label.addClassName("checklist-label");
        Span kind = new Span(getTranslation("itemKind." + item.kind())
                + (item.mandatory() ? "" : " · " + getTranslation("console.request.optional")));
        kind.addClassName("checklist-kind");
        Div row = new Div(new Div(label, kind), state(item));
        row.setId("item-" + item.code());
        row.addClassName("checklist-item");
        if (item.note() != null) {
            row.add(note("item-given-", item, getTranslation("console.request.given", item.note())));
        }
        if (item.state() == ItemState.VERIFIED) {
            row.add(note("item-how-", item, getTranslation("console.request.verifiedHow",
                    getTranslation("verification." + item.method()), item.verifiedBy(),
                    Dates.bothWithTime(item.verifiedAt(), getLocale()))));
        }
        if (item.state() == ItemState.MISSING) {
            row.add(note("item-why-", item, getTranslation("console.request.missingWhy", item.missingReason())));
        }
        if (!item.allowed().isEmpty()) {
            row.add(actions(item));
        }
        return row;
    }

    private Span state(RequestView.Item item) {
        Span state = new Span(getTranslation("itemState." + item.state()));
        state.setId("item-state-" + item.code());
        state.getElement().getThemeList().add(switch (item.state()) {
            case VERIFIED -> "badge success";
            case MISSING -> "badge error";
            default -> "badge contrast";
        });
        return state;
    }

    private static Span note(String idPrefix, RequestView.Item item, String text) {
        Span note = new Span(text);
        note.setId(idPrefix + item.code());
        note.addClassName("checklist-how");
        return note;
    }

    /** What the reader may do to the item: verify it, mark it missing, or both. */
    private Component actions(RequestView.Item item) {
        Div actions = new Div();
        actions.addClassName("checklist-actions");
        if (item.allowed().contains(RequestAction.VERIFY_ITEM) && item.kind() == ItemKind.FIELD) {
            provide(actions, item);
        }
        if (item.allowed().contains(RequestAction.VERIFY_ITEM)) {
            verify(actions, item);
        }
        if (item.allowed().contains(RequestAction.MARK_MISSING)) {
            markMissing(actions, item);
        }
        return actions;
    }

    private void verify(Div actions, RequestView.Item item) {
        ComboBox<VerificationMethod> method = new ComboBox<>();
        method.setId("verify-method-" + item.code());
        method.setPlaceholder(getTranslation("console.request.method"));
        method.setItems(Arrays.stream(VerificationMethod.values()).filter(m -> m.fits(item.kind())).toList());
        method.setItemLabelGenerator(value -> getTranslation("verification." + value));
        Button verify = new Button(getTranslation("console.request.verify"), VaadinIcon.CHECK.create(), click -> {
            if (method.isEmpty()) {
                method.setInvalid(true);
                method.setErrorMessage(getTranslation("console.register.choose"));
                return;
            }
            fireEvent(new Verified(this, new Verification(item.code(), method.getValue())));
        });
        verify.setId("verify-" + item.code());
        actions.add(method, verify);
    }

    /** A field's value as the member gives it (a new mobile, the board decision's number), written before verifying. */
    private void provide(Div actions, RequestView.Item item) {
        TextField value = new TextField();
        value.setId("given-" + item.code());
        value.setPlaceholder(getTranslation("console.request.giveValue"));
        if (item.note() != null) {
            value.setValue(item.note());
        }
        Button record = new Button(getTranslation("console.request.give"), VaadinIcon.EDIT.create(),
                click -> fireEvent(new Provided(this, new Given(item.code(), value.getValue()))));
        record.setId("give-" + item.code());
        actions.add(value, record);
    }

    private void markMissing(Div actions, RequestView.Item item) {
        TextField reason = new TextField();
        reason.setId("missing-reason-" + item.code());
        reason.setPlaceholder(getTranslation("console.request.missingReason"));
        Button missing = new Button(getTranslation("console.request.markMissing"), VaadinIcon.CLOSE_SMALL.create(),
                click -> fireEvent(new MarkedMissing(this, new Missing(item.code(), reason.getValue()))));
        missing.setId("missing-" + item.code());
        actions.add(reason, missing);
    }

    public Registration addVerifiedListener(ComponentEventListener<Verified> listener) {
        return addListener(Verified.class, listener);
    }

    public Registration addProvidedListener(ComponentEventListener<Provided> listener) {
        return addListener(Provided.class, listener);
    }

    public Registration addMarkedMissingListener(ComponentEventListener<MarkedMissing> listener) {
        return addListener(MarkedMissing.class, listener);
    }
}
