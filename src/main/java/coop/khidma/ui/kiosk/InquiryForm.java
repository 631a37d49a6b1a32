package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.shared.Registration;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.person.PersonName;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.personaldata.PrivacyNotice;

import java.util.function.Consumer;

/**
 * The inquiry's questions: name, mobile, the question, and consent to keep them. Each field is checked by the
 * domain's own rule and says what is wrong beside it; a valid form emits {@link SubmitEvent}.
 */
public class InquiryForm extends Composite<Div> {

    /** What the visitor typed. */
    public static class Draft {
        private String name = "";
        private String mobile = "";
        private String question = "";
        private boolean consent;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getMobile() { return mobile; }
        public void setMobile(String mobile) { this.mobile = mobile; }
        public String getQuestion() { return question; }
        public void setQuestion(String question) { this.question = question; }
        public boolean isConsent() { return consent; }
        public void setConsent(boolean consent) { this.consent = consent; }
        /** The privacy notice shown with the form, and whether the visitor accepted it. */
        public PrivacyNotice.Acceptance notice() { return PrivacyNotice.Acceptance.ofCurrent(consent); }
    }

    public static class SubmitEvent extends ComponentEvent<InquiryForm> {
        private final Draft draft;

        SubmitEvent(InquiryForm source, Draft draft) {
            super(source, false);
            this.draft = draft;
        }

        public Draft draft() {
            return draft;
        }
    }

    public static class CancelEvent extends ComponentEvent<InquiryForm> {
        CancelEvent(InquiryForm source) {
            super(source, false);
        }
    }

    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final Draft draft = new Draft();

    public InquiryForm() {
        Div form = getContent();
        form.addClassName("kiosk-form");

        TextField name = new TextField(getTranslation("kiosk.inquiry.name"));
        name.setId("inquiry-name");
        name.setMaxLength(PersonName.MAX);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

        TextField mobile = new TextField(getTranslation("kiosk.inquiry.mobile"));
        mobile.setId("inquiry-mobile");
        mobile.setHelperText(getTranslation("kiosk.inquiry.mobile.hint"));
        Keyboard.ask(mobile, Keyboard.PHONE);

        TextArea question = new TextArea(getTranslation("kiosk.inquiry.question"));
        question.setId("inquiry-question");
        question.setMaxLength(ServiceRequest.DETAILS_MAX);

        Checkbox consent = new Checkbox(getTranslation("kiosk.inquiry.consent"));
        consent.setId("inquiry-consent");

        binder.forField(name).withValidator(rule(PersonName::check)).bind(Draft::getName, Draft::setName);
        binder.forField(mobile).withValidator(rule(SaudiMobile::parse)).bind(Draft::getMobile, Draft::setMobile);
        binder.forField(question).withValidator(rule(ServiceRequest::checkQuestion))
                .bind(Draft::getQuestion, Draft::setQuestion);
        binder.forField(consent).withValidator(Boolean::booleanValue, getTranslation("kiosk.inquiry.consent.required"))
                .bind(Draft::isConsent, Draft::setConsent);
        binder.setBean(draft);

        Button send = new Button(getTranslation("kiosk.inquiry.submit"), click -> {
            if (binder.validate().isOk()) {
                fireEvent(new SubmitEvent(this, draft));
            }
        });
        send.setId("inquiry-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button cancel = new Button(getTranslation("kiosk.inquiry.cancel"), click -> fireEvent(new CancelEvent(this)));
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(send, cancel);
        actions.addClassName("kiosk-actions");

        Paragraph privacy = new Paragraph(getTranslation("kiosk.inquiry.privacy"));
        privacy.addClassName("kiosk-privacy");
        Paragraph version = new Paragraph(getTranslation("privacy.notice.version", PrivacyNotice.VERSION));
        version.setId("inquiry-notice-version");
        version.addClassName("kiosk-privacy");
        form.add(name, mobile, question, privacy, version, consent, actions);
    }

    /** A field validator that asks the domain rule and shows its message, in the reader's language, at the field. */
    private Validator<String> rule(Consumer<String> check) {
        return (value, context) -> {
            try {
                check.accept(value);
                return ValidationResult.ok();
            } catch (DomainException broken) {
                return ValidationResult.error(Messages.of(broken, getLocale()));
            }
        };
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
