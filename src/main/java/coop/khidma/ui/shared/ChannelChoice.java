package coop.khidma.ui.shared;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import coop.khidma.correspondence.entity.MessageChannel;

import java.util.function.Consumer;

/**
 * How a member or requester wants to be told (issue #15): a text message, e-mail, a letter printed at the counter, or
 * not chosen (letters then answer the way each request came). The choice goes to {@code choose} (an EJB, which
 * checks it and audits it); a refusal (e-mail without an address) is shown under the field and the choice goes back.
 */
public class ChannelChoice extends Composite<Select<String>> {

    static final String NONE = "NONE";

    public ChannelChoice(String id, String labelKey, MessageChannel current, Consumer<MessageChannel> choose) {
        Select<String> select = getContent();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(NONE, MessageChannel.SMS.name(), MessageChannel.EMAIL.name(), MessageChannel.LETTER.name());
        select.setItemLabelGenerator(item -> getTranslation("channelChoice." + item));
        select.setValue(current == null ? NONE : current.name());
        select.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                select.setInvalid(false);
                choose.accept(NONE.equals(change.getValue()) ? null : MessageChannel.valueOf(change.getValue()));
            } catch (RuntimeException refused) {
                select.setErrorMessage(ErrorMessages.messageFor(refused, getLocale()));
                select.setInvalid(true);
                select.setValue(change.getOldValue());
            }
        });
    }
}
