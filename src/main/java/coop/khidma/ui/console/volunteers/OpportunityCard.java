package coop.khidma.ui.console.volunteers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.volunteering.boundary.OpportunityView;
import coop.khidma.volunteering.boundary.VolunteerView;

import java.util.List;

/**
 * An opportunity: what, when, which skills, how many are on it of how many needed; while not full, the approved
 * volunteers who fit it, each to put on it ({@link Assigned}). Calls no service.
 */
public class OpportunityCard extends Div {

    /** This volunteer to be put on the opportunity. */
    public static class Assigned extends FormEvent<OpportunityCard, VolunteerView> {
        Assigned(OpportunityCard card, VolunteerView volunteer) {
            super(card, volunteer);
        }
    }

    /** The opportunity, with the {@code fitting} volunteers offered while it is not full. */
    public OpportunityCard(OpportunityView opportunity, List<VolunteerView> fitting) {
        long id = opportunity.id();
        Span title = new Span(opportunity.title());
        title.addClassName("backoffice-name");
        Span count = new Span(getTranslation("backoffice.opportunities.count", opportunity.volunteers().size(),
                opportunity.needed()));
        count.setId("opportunity-count-" + id);
        count.getElement().getThemeList().add(opportunity.full() ? "badge success" : "badge contrast");
        Div heading = new Div(title, count);
        heading.addClassName("console-list-heading");
        Div facts = new Div(
                Facts.fact(getTranslation("backoffice.opportunity.day"), HijriDates.both(opportunity.onDay(), getLocale())
                        + " — " + getTranslation("services.daypart." + opportunity.dayPart().name())),
                Facts.fact(getTranslation("backoffice.opportunity.skills"),
                        VolunteerTexts.skillsWanted(opportunity, getLocale())),
                Facts.fact(getTranslation("backoffice.opportunities.on"), opportunity.volunteers().isEmpty()
                        ? getTranslation("backoffice.opportunities.nobody")
                        : String.join(VolunteerTexts.separator(getLocale()), opportunity.volunteers())));
        facts.addClassName("request-facts");
        facts.setId("opportunity-facts-" + id);
        add(heading, facts);
        if (!opportunity.full()) {
            add(candidates(opportunity, fitting));
        }
        setId("opportunity-" + id);
        addClassName("console-list-card");
    }

    private Component candidates(OpportunityView opportunity, List<VolunteerView> fitting) {
        Div list = new Div();
        list.setId("candidates-" + opportunity.id());
        list.addClassName("backoffice-candidates");
        list.add(Facts.muted(fitting.isEmpty() ? getTranslation("backoffice.opportunities.noCandidates")
                : getTranslation("backoffice.opportunities.candidates")));
        fitting.forEach(volunteer -> {
            Button assign = new Button(getTranslation("backoffice.opportunities.assign"), VaadinIcon.PLUS.create(),
                    click -> fireEvent(new Assigned(this, volunteer)));
            assign.setId("assign-" + opportunity.id() + "-" + volunteer.id());
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div row = new Div(new Span(volunteer.name()), Facts.muted(VolunteerTexts.skills(volunteer, getLocale())),
                    assign);
            row.addClassName("backoffice-candidate");
            list.add(row);
        });
        return list;
    }

    public Registration addAssignedListener(ComponentEventListener<Assigned> listener) {
        return addListener(Assigned.class, listener);
    }
}
