package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.boundary.Paper;
import coop.khidma.intake.entity.Channel;

import java.util.List;

/**
 * A request that reached the association by one of the policy's seven channels (an interview, a phone call, social
 * media, a letter, the help-request service, the volunteering service, the website), as staff type it in: the
 * channel, the type, who and how to reach them (and how they want to be told), what they asked, and the scanned letter. It emits a {@link Submitted} event and
 * calls no service; the view registers it and shows a broken rule beside the field it concerns.
 */
public class RegisterRequestForm extends FormLayout {

    /** What was typed, for the view to register. */
    public record Typed(Channel channel, String typeCode, String name, String mobile, String details, Paper scan,
                        MessageChannel preferred) {
    }

    public static class Submitted extends ComponentEvent<RegisterRequestForm> {
        private final Typed typed;

        Submitted(RegisterRequestForm form, Typed typed) {
            super(form, false);
            this.typed = typed;
        }

        public Typed typed() {
            return typed;
        }
    }

    final ComboBox<Channel> channel = new ComboBox<>(getTranslation("console.register.channel"));
    final ComboBox<String> type = new ComboBox<>(getTranslation("console.register.type"));
    final TextField name = new TextField(getTranslation("console.register.name"));
    final TextField mobile = new TextField(getTranslation("console.register.mobile"));
    final TextArea details = new TextArea(getTranslation("console.register.details"));
    final PaperField scan = new PaperField("register-scan", "console.paper.label");
    final ComboBox<MessageChannel> preferred = new ComboBox<>(getTranslation("console.request.preferredChannel"));
    final Button save = new Button(getTranslation("console.register.save"));

    public RegisterRequestForm(List<String> typeCodes) {
        channel.setId("register-channel");
        channel.setItems(Channel.REGISTERED_BY_STAFF);
        channel.setItemLabelGenerator(value -> getTranslation("channel." + value));
        channel.setValue(Channel.PHONE);
        channel.setRequired(true);
        type.setId("register-type");
        type.setItems(typeCodes);
        type.setItemLabelGenerator(code -> getTranslation("requestType." + code));
        type.setRequired(true);
        name.setId("register-name");
        name.setRequired(true);
        mobile.setId("register-mobile");
        mobile.setHelperText(getTranslation("console.register.mobile.hint"));
        mobile.setRequired(true);
        details.setId("register-details");
        preferred.setId("register-preferred-channel");
        preferred.setItems(MessageChannel.SMS, MessageChannel.LETTER); // staff take no e-mail address
        preferred.setItemLabelGenerator(value -> getTranslation("channelChoice." + value));
        preferred.setPlaceholder(getTranslation("channelChoice.NONE"));
        preferred.setClearButtonVisible(true);
        channel.addValueChangeListener(change -> scan.setRequired(change.getValue() == Channel.LETTER));
        scan.setRequired(channel.getValue() == Channel.LETTER);
        save.setId("register-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> submit());
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
        add(channel, type, name, mobile, preferred, details, scan, save);
        setColspan(details, 2);
        setColspan(scan, 2);
    }

    private void submit() {
        clearErrors();
        if (channel.isEmpty() || type.isEmpty()) {
            (channel.isEmpty() ? channel : type).setErrorMessage(getTranslation("console.register.choose"));
            (channel.isEmpty() ? channel : type).setInvalid(true);
            return;
        }
        fireEvent(new Submitted(this, new Typed(channel.getValue(), type.getValue(), name.getValue(),
                mobile.getValue(), details.getValue(), scan.paper(), preferred.getValue())));
    }

    /** Shows the broken rule beside the field it concerns; returns false when it concerns none of them. */
    public boolean showError(String ruleKey, String message) {
        if (ruleKey.startsWith("rule.attachment.")) {
            scan.refuse(message);
            return true;
        }
        if (ruleKey.equals("rule.request.letterScan")) {
            scan.showError(message);
            return true;
        }
        TextField field = ruleKey.startsWith("rule.mobile.") ? mobile : ruleKey.startsWith("rule.name.") ? name : null;
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    void clearErrors() {
        channel.setInvalid(false);
        type.setInvalid(false);
        name.setInvalid(false);
        mobile.setInvalid(false);
        scan.clearError();
    }

    public Registration addSubmittedListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }
}
