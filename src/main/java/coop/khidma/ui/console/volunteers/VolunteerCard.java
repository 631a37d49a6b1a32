package coop.khidma.ui.console.volunteers;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.ui.shared.Dates;
import coop.khidma.volunteering.boundary.VolunteerView;

/**
 * A sign-up waiting for a decision: who, when, their skills, interests and availability; approved ({@link Approved})
 * or declined with the message the volunteer receives ({@link Declined}). Calls no service.
 */
public class VolunteerCard extends Div {

    public static class Approved extends FormEvent<VolunteerCard, VolunteerView> {
        Approved(VolunteerCard card, VolunteerView volunteer) {
            super(card, volunteer);
        }
    }

    /** Declined, with the reason typed. */
    public static class Declined extends FormEvent<VolunteerCard, String> {
        Declined(VolunteerCard card, String reason) {
            super(card, reason);
        }
    }

    public VolunteerCard(VolunteerView volunteer) {
        long id = volunteer.id();
        Span name = new Span(volunteer.name());
        name.addClassName("backoffice-name");
        Div heading = new Div(name, new Span(volunteer.mobile()), Facts.muted(getTranslation(
                "backoffice.volunteers.signedUp", Dates.both(volunteer.signedUpAt(), getLocale()))));
        heading.addClassName("console-list-heading");
        Div facts = new Div(
                Facts.fact(getTranslation("backoffice.volunteers.skills"), VolunteerTexts.skills(volunteer, getLocale())),
                Facts.fact(getTranslation("backoffice.volunteers.interests"),
                        VolunteerTexts.interests(volunteer, getLocale())),
                Facts.fact(getTranslation("backoffice.volunteers.availability"),
                        VolunteerTexts.availability(volunteer, getLocale())));
        facts.addClassName("request-facts");
        Button approve = new Button(getTranslation("backoffice.volunteers.approve"), VaadinIcon.CHECK.create(),
                click -> fireEvent(new Approved(this, volunteer)));
        approve.setId("approve-" + id);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        TextField reason = new TextField();
        reason.setId("decline-reason-" + id);
        reason.setPlaceholder(getTranslation("backoffice.volunteers.declineReason"));
        reason.setMinWidth("22rem");
        Button decline = new Button(getTranslation("backoffice.volunteers.decline"), VaadinIcon.CLOSE_SMALL.create(),
                click -> fireEvent(new Declined(this, reason.getValue())));
        decline.setId("decline-" + id);
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(approve, reason, decline);
        actions.addClassName("request-actions");
        add(heading, facts, actions);
        setId("volunteer-" + id);
        addClassName("console-list-card");
    }

    public Registration addApprovedListener(ComponentEventListener<Approved> listener) {
        return addListener(Approved.class, listener);
    }

    public Registration addDeclinedListener(ComponentEventListener<Declined> listener) {
        return addListener(Declined.class, listener);
    }
}
