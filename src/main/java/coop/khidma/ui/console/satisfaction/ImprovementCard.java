package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.satisfaction.boundary.ImprovementItemView;
import coop.khidma.ui.console.Facts;

import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * One improvement item: open, late or done; the service, where it came from, the problem, root cause and action, the
 * role that owns it and its days; while not done, the day it was done on and a button that hands that day to the
 * {@link ImprovementsPanel} that made the card.
 */
class ImprovementCard extends Div {

    private final DatePicker doneOn;

    ImprovementCard(ImprovementItemView item, LocalDate today, BiConsumer<ImprovementItemView, LocalDate> done) {
        long id = item.id();
        doneOn = Facts.datePicker(getTranslation("backoffice.improvement.doneOn"), today);
        Div heading = new Div(state(item), new Span(getTranslation("services.rated." + item.service())),
                Facts.muted(getTranslation("backoffice.improvements.from." + item.source())));
        heading.addClassName("console-list-heading");
        add(heading, facts(item));
        if (item.doneOn() == null) {
            doneOn.setId("improvement-done-on-" + id);
            Button mark = new Button(getTranslation("backoffice.improvements.markDone"), VaadinIcon.CHECK.create(),
                    click -> done.accept(item, doneOn.getValue()));
            mark.setId("improvement-done-" + id);
            Div actions = new Div(doneOn, mark);
            actions.addClassName("request-actions");
            add(actions);
        }
        setId("improvement-" + id);
        addClassName("console-list-card");
    }

    private Span state(ImprovementItemView item) {
        Span state = new Span(item.doneOn() != null ? getTranslation("backoffice.improvements.done")
                : item.late() ? getTranslation("backoffice.improvements.late")
                : getTranslation("backoffice.improvements.open"));
        state.getElement().getThemeList().add(item.doneOn() != null ? "badge success"
                : item.late() ? "badge error" : "badge contrast");
        state.setId("improvement-state-" + item.id());
        return state;
    }

    private Component facts(ImprovementItemView item) {
        Div facts = new Div(Facts.fact(getTranslation("backoffice.improvement.problem"), item.problem()),
                Facts.fact(getTranslation("backoffice.improvement.rootCause"), item.rootCause()),
                Facts.fact(getTranslation("backoffice.improvement.action"), item.action()),
                Facts.fact(getTranslation("backoffice.improvement.owner"),
                        getTranslation("backoffice.role." + item.ownerRole())),
                Facts.fact(getTranslation("backoffice.improvement.dueOn"), HijriDates.both(item.dueOn(), getLocale())));
        if (item.doneOn() != null) {
            facts.add(Facts.fact(getTranslation("backoffice.improvement.doneOn"),
                    HijriDates.both(item.doneOn(), getLocale())));
        }
        facts.addClassName("request-facts");
        return facts;
    }

    /** Shows the sentence at the day; marks the day invalid only when the rule concerns it (an improvement's rule). */
    boolean showError(String ruleKey, String message) {
        doneOn.setErrorMessage(message);
        doneOn.setInvalid(ruleKey.startsWith("rule.improvement."));
        return doneOn.isInvalid();
    }
}
