package coop.khidma.ui.console.assemblyday;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import coop.khidma.assembly.boundary.AssemblyDay;
import coop.khidma.assembly.boundary.CheckIns;
import coop.khidma.assembly.boundary.Votes;
import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.Vote;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.ErrorMessages;

import java.util.List;

/**
 * The staff's two forms on the day: check a member in by membership number (a proxy holder brings in the members they
 * represent), and record one present member's vote on a voted item. What the boundary refuses is said at the field;
 * after each success the page refreshes.
 */
class DayDesk extends Div {

    private final CheckIns checkIns;
    private final Votes votes;
    private final long assemblyId;
    private final Runnable changed;
    private final ComboBox<AgendaItem> item = new ComboBox<>();
    private boolean itemsShown;

    DayDesk(CheckIns checkIns, Votes votes, long assemblyId, Runnable changed) {
        this.checkIns = checkIns;
        this.votes = votes;
        this.assemblyId = assemblyId;
        this.changed = changed;
        addClassName("assembly-desk");
        add(Facts.titled(getTranslation("assemblyday.checkIn.title"), checkInForm()),
                Facts.titled(getTranslation("assemblyday.vote.title"), voteForm()));
    }

    /** The voted items to choose from, set once: the agenda is frozen once the invitations went out. */
    void show(AssemblyDay day) {
        if (itemsShown) {
            return;
        }
        List<AgendaItem> voted = day.items().stream().map(AssemblyDay.Item::item).filter(AgendaItem::isVoted).toList();
        item.setItems(voted);
        voted.stream().findFirst().ifPresent(item::setValue);
        itemsShown = true;
    }

    private Div checkInForm() {
        TextField number = new TextField(getTranslation("assemblyday.memberNumber"));
        number.setId("assembly-checkin-number");
        Button checkIn = new Button(getTranslation("assemblyday.checkIn.action"), click -> {
            try {
                CheckIns.Arrival arrival = checkIns.atConsole(assemblyId, number.getValue());
                Facts.success(arrival.represented().isEmpty()
                        ? getTranslation("assemblyday.checkIn.done", arrival.membershipNumber())
                        : getTranslation("assemblyday.checkIn.doneWithProxies", arrival.membershipNumber(),
                        String.join("، ", arrival.represented())));
                number.clear();
                number.setInvalid(false);
                changed.run();
            } catch (RuntimeException refused) {
                Facts.showAt(number, ErrorMessages.messageFor(refused, getLocale()));
            }
        });
        checkIn.setId("assembly-checkin");
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(number, checkIn);
        form.addClassName("console-form-row");
        return form;
    }

    private Div voteForm() {
        item.setLabel(getTranslation("assemblyday.vote.item"));
        item.setId("assembly-vote-item");
        item.setItemLabelGenerator(agendaItem -> agendaItem.position() + ". "
                + (getLocale().getLanguage().equals("ar") ? agendaItem.titleArabic() : agendaItem.titleEnglish()));
        TextField number = new TextField(getTranslation("assemblyday.memberNumber"));
        number.setId("assembly-vote-number");
        RadioButtonGroup<Vote.Choice> choice = new RadioButtonGroup<>(getTranslation("assemblyday.vote.choice"));
        choice.setId("assembly-vote-choice");
        choice.setItems(Vote.Choice.values());
        choice.setItemLabelGenerator(value -> getTranslation("assemblyday.choice." + value));
        Button record = new Button(getTranslation("assemblyday.vote.action"), click -> {
            try {
                if (item.getValue() == null) {
                    return;
                }
                votes.record(assemblyId, item.getValue().position(), number.getValue(), choice.getValue());
                Facts.success(getTranslation("assemblyday.vote.done", number.getValue().strip(),
                        item.getValue().position()));
                number.clear();
                number.setInvalid(false);
                choice.clear();
                changed.run();
            } catch (RuntimeException refused) {
                Facts.showAt(number, ErrorMessages.messageFor(refused, getLocale()));
            }
        });
        record.setId("assembly-vote-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(item, number, choice, record);
        form.addClassName("console-form-row");
        return form;
    }
}
