package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.person.EmailAddress;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;

import java.util.function.Supplier;

/**
 * The applicant's choice, in the kiosk's wizard, of how to be told (issue #15): a text message, e-mail (only with the
 * address typed before), or a letter printed at the counter; left unchosen, letters come by SMS as the kiosk's do.
 */
class WizardChannel extends Composite<RadioButtonGroup<String>> {

    private final Supplier<String> email;

    WizardChannel(Supplier<String> email) {
        this.email = email;
        RadioButtonGroup<String> group = getContent();
        group.setId("wizard-channel");
        group.setLabel(getTranslation("kiosk.request.channel"));
        group.setHelperText(getTranslation("kiosk.request.channel.hint"));
        group.setItems(MessageChannel.SMS.name(), MessageChannel.EMAIL.name(), MessageChannel.LETTER.name());
        group.setItemLabelGenerator(item -> getTranslation("channelChoice." + item));
    }

    /** The choice, or {@code null} when none was made. */
    MessageChannel chosen() {
        String value = getContent().getValue();
        return value == null ? null : MessageChannel.valueOf(value);
    }

    /** Whether the choice can be used (e-mail needs the address), with the rule's message at the field if not. */
    boolean valid() {
        try {
            ServiceRequest.checkChannel(chosen(), EmailAddress.optional(email.get()));
            getContent().setInvalid(false);
            return true;
        } catch (DomainException broken) {
            getContent().setErrorMessage(Messages.of(broken, getLocale()));
            getContent().setInvalid(true);
            return false;
        }
    }
}
