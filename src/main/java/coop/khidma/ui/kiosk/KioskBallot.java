package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import coop.khidma.assembly.boundary.Votes;
import coop.khidma.assembly.entity.Vote;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;

import java.util.List;

/**
 * The attendee's votes still to cast at the kiosk: one line per voted item and per member they vote for (their own,
 * then each member they represent), each with for / against / abstain. A cast vote leaves the list; nothing already
 * cast is shown again, and nobody else's vote is ever shown. Built only when the boundary accepts the ID and code.
 */
class KioskBallot extends Div {

    private final Votes votes;
    private final long assemblyId;
    private final String nationalId;
    private final String code;

    KioskBallot(Votes votes, long assemblyId, String nationalId, String code) {
        this.votes = votes;
        this.assemblyId = assemblyId;
        this.nationalId = nationalId;
        this.code = code;
        setId("assembly-ballot");
        addClassName("kiosk-form");
        show(votes.openAtKiosk(assemblyId, nationalId, code));
    }

    private void show(List<Votes.Open> open) {
        removeAll();
        if (open.isEmpty()) {
            Paragraph done = new Paragraph(getTranslation("assemblyday.kiosk.allCast"));
            done.setId("assembly-ballot-done");
            Button finish = IdleReset.leave(getTranslation("assemblyday.kiosk.done"));
            finish.setId("assembly-kiosk-done");
            add(done, finish);
            return;
        }
        for (Votes.Open vote : open) {
            Span what = new Span(getTranslation("assemblyday.kiosk.item", vote.position(), "ar".equals(getLocale().getLanguage())
                    ? vote.titleArabic() : vote.titleEnglish())
                    + " — " + (vote.own() ? getTranslation("assemblyday.kiosk.own")
                    : getTranslation("assemblyday.kiosk.for", vote.membershipNumber())));
            Div choices = new Div();
            choices.addClassName("kiosk-actions");
            for (Vote.Choice choice : Vote.Choice.values()) {
                Button button = new Button(getTranslation("assemblyday.choice." + choice), click -> cast(vote, choice));
                button.setId("ballot-" + vote.position() + "-" + vote.membershipNumber() + "-" + choice);
                button.addThemeVariants(ButtonVariant.LUMO_LARGE);
                choices.add(button);
            }
            Div line = new Div(what, choices);
            line.addClassName("kiosk-ballot-line");
            add(line);
        }
    }

    private void cast(Votes.Open vote, Vote.Choice choice) {
        try {
            votes.castAtKiosk(assemblyId, nationalId, code, vote.position(), vote.membershipNumber(), choice);
            show(votes.openAtKiosk(assemblyId, nationalId, code));
        } catch (DomainException refused) {
            add(new Paragraph(Messages.of(refused, getLocale())));
        }
    }
}
