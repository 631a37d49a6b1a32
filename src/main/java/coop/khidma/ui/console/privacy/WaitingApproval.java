package coop.khidma.ui.console.privacy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import coop.khidma.privacy.boundary.SubjectCase;
import coop.khidma.ui.shared.Dates;

import static coop.khidma.ui.console.Facts.fact;

/**
 * A correction or an erasure waiting for the second person: what is proposed, by whom and when; a supervisor who did
 * not propose it approves (carrying it out) or declines it, and the proposer may withdraw it. Who may is the
 * boundary's rule.
 */
class WaitingApproval extends Div {

    WaitingApproval(SubjectCase.Waiting waiting, Runnable approve, Runnable decline) {
        setId("subject-waiting");
        add(new H3(getTranslation("privacy.approval.title")));
        Div facts = new Div();
        facts.addClassName("request-facts");
        fact(facts, "subject-waiting-kind", "privacy.approval.kind", getTranslation("privacy.approval.kind."
                + waiting.kind()));
        if (waiting.field() != null) {
            fact(facts, "subject-waiting-field", "privacy.subject.field",
                    getTranslation("privacy.correction." + waiting.field()));
            fact(facts, "subject-waiting-value", "privacy.subject.value", waiting.value());
        }
        fact(facts, "subject-waiting-national-id", "privacy.approval.nationalId", waiting.nationalId());
        fact(facts, "subject-waiting-by", "privacy.approval.proposedBy", waiting.proposedBy());
        fact(facts, "subject-waiting-at", "privacy.approval.proposedAt",
                Dates.bothWithTime(waiting.proposedAt(), getLocale()));
        Button yes = new Button(getTranslation("privacy.approval.approve"), VaadinIcon.CHECK.create(),
                click -> approve.run());
        yes.setId("subject-approve");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("privacy.approval.decline"), VaadinIcon.CLOSE.create(),
                click -> decline.run());
        no.setId("subject-decline");
        Div buttons = new Div(yes, no);
        buttons.addClassName("console-filters");
        add(facts, new Paragraph(getTranslation("privacy.approval.explained")), buttons);
    }
}
