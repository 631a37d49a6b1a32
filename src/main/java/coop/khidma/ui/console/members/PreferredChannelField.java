package coop.khidma.ui.console.members;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.membership.boundary.MemberProfile;
import coop.khidma.membership.boundary.Members;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.ui.shared.ErrorMessages;

import java.util.function.Consumer;

/**
 * How the member wants to be told (issue #15): SMS, e-mail, or a letter printed at the counter, or not chosen (letters
 * then answer the way each request came). Changing it is recorded in the member's history with who changed it; a
 * refusal (e-mail without an address on record) is shown under the field and the choice goes back.
 */
class PreferredChannelField extends Composite<Select<String>> {

    static final String NONE = "NONE";

    PreferredChannelField(Members members, MemberProfile member, Consumer<MemberProfile> changed) {
        Select<String> select = getContent();
        select.setId("member-preferred-channel");
        select.setLabel(getTranslation("console.member.preferredChannel"));
        select.setItems(NONE, MessageChannel.SMS.name(), MessageChannel.EMAIL.name(), MessageChannel.LETTER.name());
        select.setItemLabelGenerator(item -> getTranslation("console.member.preferredChannel." + item));
        String current = member.preferredChannel() == null ? NONE : member.preferredChannel().name();
        select.setValue(current);
        select.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                changed.accept(members.preferChannel(member.membershipNumber(),
                        NONE.equals(change.getValue()) ? null : MessageChannel.valueOf(change.getValue())));
            } catch (DomainException refused) {
                select.setErrorMessage(ErrorMessages.messageFor(refused, getLocale()));
                select.setInvalid(true);
                select.setValue(change.getOldValue());
            }
        });
    }
}
