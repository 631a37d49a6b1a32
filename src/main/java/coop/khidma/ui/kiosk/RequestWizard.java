package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.shared.Registration;
import coop.khidma.intake.boundary.KioskRequests.Filing;
import coop.khidma.intake.boundary.KioskRequests.KioskType;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.intake.entity.ChecklistItem;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.person.City;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.NationalId;
import coop.khidma.person.PersonName;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.kiosk.DeviceTokens;
import coop.khidma.platform.personaldata.PrivacyNotice;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A request type's intake checklist as one question per screen: the privacy notice (with its version, which the
 * filing carries) and consent first (nothing personal is asked before it), then the name and mobile, each FIELD item as a question, each CONFIRMATION item as
 * an explicit tick, the documents to bring to the counter, and a summary to confirm. Back keeps what was typed;
 * every answer is checked by the domain's own rule. A confirmed summary emits {@link SubmitEvent}.
 */
public class RequestWizard extends Composite<Div> {

    public static class SubmitEvent extends ComponentEvent<RequestWizard> {
        private final Filing filing;

        SubmitEvent(RequestWizard source, Filing filing) {
            super(source, false);
            this.filing = filing;
        }

        public Filing filing() {
            return filing;
        }
    }

    public static class CancelEvent extends ComponentEvent<RequestWizard> {
        CancelEvent(RequestWizard source) {
            super(source, false);
        }
    }

    private final KioskType type;
    /** Drawn when the wizard opens and sent with every "Send": a double tap files one request. */
    private final String submission = DeviceTokens.newToken();
    private final boolean arabic;
    private final WizardSteps steps = new WizardSteps(this, this::fillSummary,
            () -> fireEvent(new SubmitEvent(this, filing())), () -> fireEvent(new CancelEvent(this)));
    private final Map<String, TextFieldBase<?, String>> answers = new LinkedHashMap<>();
    private final Map<String, Checkbox> confirmations = new LinkedHashMap<>();
    private final PrivacyConsent consent = new PrivacyConsent();
    private final TextField name = new TextField();
    private final TextField mobile = new TextField();
    private final UnorderedList summary = new UnorderedList();
    private final WizardChannel channel = new WizardChannel(() -> answers.get(KioskRequests.EMAIL).getValue());

    public RequestWizard(KioskType type) {
        this.type = type;
        this.arabic = "ar".equals(getLocale().getLanguage());
        Div root = getContent();
        root.addClassName("kiosk-form");
        root.setId("wizard");

        steps.add(consent, () -> ticked(consent.checkbox(), getTranslation("kiosk.request.consent.required")));

        if (applying()) {
            applicantSteps();
        } else {
            requesterSteps();
        }
        type.checklist().stream().filter(item -> item.kind() == ItemKind.CONFIRMATION).forEach(this::confirmation);
        documentsStep();
        summary.setId("wizard-summary");
        steps.add(new Div(new H3(getTranslation("kiosk.request.summary.title")), summary), () -> true);
        steps.start(root);
    }

    /** What to bring to the counter, when the type asks for documents. */
    private void documentsStep() {
        List<ChecklistItem> documents = type.checklist().stream().filter(item -> item.kind() == ItemKind.DOCUMENT)
                .toList();
        if (!documents.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("wizard-documents");
            documents.forEach(item -> list.add(new ListItem(label(item)
                    + (item.isMandatory() ? "" : " " + getTranslation("kiosk.request.optional")))));
            steps.add(new Div(new H3(getTranslation("kiosk.request.documents.title")),
                    new Paragraph(getTranslation("kiosk.request.documents")), list), () -> true);
        }
    }

    /** Who files the request: their name and mobile, then the checklist's fields as questions. */
    private void requesterSteps() {
        name.setLabel(getTranslation("kiosk.request.name"));
        name.setId("wizard-name");
        name.setMaxLength(PersonName.MAX);
        name.setAutocomplete(Autocomplete.OFF);
        steps.add(name, () -> checked(name, PersonName::check));

        mobileStep();
        type.checklist().stream().filter(item -> item.kind() == ItemKind.FIELD).forEach(this::question);
    }

    private void mobileStep() {
        mobile.setLabel(getTranslation("kiosk.request.mobile"));
        mobile.setId("wizard-mobile");
        mobile.setHelperText(getTranslation("kiosk.request.mobile.hint"));
        Keyboard.ask(mobile, Keyboard.PHONE);
        mobile.setAutocomplete(Autocomplete.OFF);
        steps.add(mobile, () -> checked(mobile, SaudiMobile::parse));
    }

    /**
     * A membership application asks for the applicant's details its checklist names (full name in Arabic and Latin
     * letters, mobile, city, shares, e-mail), after the national ID; each is checked by the member register's rules.
     */
    private void applicantSteps() {
        detail(KioskRequests.NATIONAL_ID, "kiosk.request.nationalId", "numeric", value -> NationalId.parse(value));
        for (ChecklistItem item : type.checklist()) {
            if (item.kind() != ItemKind.FIELD) {
                continue;
            }
            switch (item.code()) {
                case "FULL_NAME" -> {
                    detail(KioskRequests.NAME_ARABIC, "kiosk.request.nameArabic", null, PersonName::arabic);
                    detail(KioskRequests.NAME_LATIN, "kiosk.request.nameLatin", null, PersonName::latin);
                }
                case "MOBILE" -> mobileStep();
                case "CITY" -> detail(KioskRequests.CITY, "kiosk.request.city", null, City::check);
                case "SHARES" -> detail(KioskRequests.SHARES, "kiosk.request.shares", "numeric", Applicant::parseShares);
                case "EMAIL" -> {
                    detail(KioskRequests.EMAIL, "kiosk.request.email", "email", EmailAddress::optional);
                    steps.add(channel, channel::valid);
                }
                default -> {
                    // any other field an administrator adds stays pending: the counter asks for it
                }
            }
        }
    }

    private void detail(String key, String label, String inputMode, Consumer<String> rule) {
        TextField field = new TextField(getTranslation(label));
        field.setId("wizard-" + key.toLowerCase().replace('_', '-'));
        field.setAutocomplete(Autocomplete.OFF);
        if (inputMode != null) {
            Keyboard.ask(field, inputMode);
        }
        answers.put(key, field);
        steps.add(field, () -> checked(field, rule));
    }

    private void question(ChecklistItem item) {
        boolean identity = ServiceRequest.MEMBER_IDENTITY.equals(item.code());
        TextFieldBase<?, String> field;
        if (identity) {
            TextField nationalId = new TextField();
            Keyboard.ask(nationalId, Keyboard.DIGITS);
            nationalId.setHelperText(getTranslation("kiosk.request.nationalId.hint"));
            field = nationalId;
        } else {
            TextArea text = new TextArea();
            text.setMaxLength(ItemVerification.NOTE_MAX);
            field = text;
        }
        field.setLabel(label(item) + (item.isMandatory() ? "" : " " + getTranslation("kiosk.request.optional")));
        field.setId("wizard-item-" + item.code().toLowerCase());
        field.getElement().setAttribute("autocomplete", "off");
        answers.put(item.code(), field);
        steps.add(field, () -> checked(field, value -> ServiceRequest.checkAnswer(item, value)));
    }

    private void confirmation(ChecklistItem item) {
        Checkbox tick = new Checkbox(label(item));
        tick.setId("wizard-item-" + item.code().toLowerCase());
        confirmations.put(item.code(), tick);
        steps.add(new Div(new H3(getTranslation("kiosk.request.confirm.title")), tick),
                () -> !item.isMandatory() || ticked(tick, Messages.get(getLocale(), "rule.answer.confirmationRequired")));
    }

    private boolean applying() {
        return type.code().equals(RequestType.MEMBERSHIP_APPLICATION);
    }

    private String label(ChecklistItem item) {
        return arabic ? item.labelArabic() : item.labelEnglish();
    }

    private void fillSummary() {
        summary.removeAll();
        summary.add(new ListItem(getTranslation("kiosk.request.summary.type", arabic ? type.nameArabic() : type.nameEnglish())));
        if (!applying()) {
            summary.add(new ListItem(name.getLabel() + ": " + name.getValue().strip()));
            summary.add(new ListItem(mobile.getLabel() + ": " + mobile.getValue().strip()));
        }
        answers.forEach((code, field) -> {
            summary.add(new ListItem(field.getLabel() + ": " + (field.getValue().isBlank() ? "—" : field.getValue().strip())));
            if (applying() && code.equals(KioskRequests.NAME_LATIN)) {
                summary.add(new ListItem(mobile.getLabel() + ": " + mobile.getValue().strip()));
            }
        });
        if (channel.chosen() != null) {
            summary.add(new ListItem(getTranslation("kiosk.request.channel") + ": "
                    + getTranslation("channelChoice." + channel.chosen())));
        }
        confirmations.forEach((code, tick) -> summary.add(new ListItem((tick.getValue() ? "✔ " : "✘ ") + tick.getLabel())));
        summary.add(new ListItem("✔ " + getTranslation("privacy.notice.accepted", PrivacyNotice.VERSION)));
    }

    private Filing filing() {
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((code, field) -> given.put(code, field.getValue()));
        if (channel.chosen() != null) {
            given.put(KioskRequests.CHANNEL, channel.chosen().name());
        }
        Set<String> ticked = new LinkedHashSet<>();
        confirmations.forEach((code, tick) -> {
            if (tick.getValue()) {
                ticked.add(code);
            }
        });
        String filer = applying() ? given.get(KioskRequests.NAME_ARABIC) : name.getValue();
        return new Filing(type.code(), filer, mobile.getValue(), given, ticked,
                consent.acceptance(), submission);
    }

    /** Asks the domain's rule and shows its message, in the reader's language, at the field. */
    private boolean checked(TextFieldBase<?, String> field, Consumer<String> rule) {
        try {
            rule.accept(field.getValue());
            field.setInvalid(false);
            return true;
        } catch (DomainException broken) {
            field.setErrorMessage(Messages.of(broken, getLocale()));
            field.setInvalid(true);
            return false;
        }
    }

    private boolean ticked(Checkbox box, String message) {
        if (box.getValue()) {
            return true;
        }
        steps.error(message);
        return false;
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
