package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.assembly.boundary.CheckIns;
import coop.khidma.assembly.boundary.Votes;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * "General Assembly check-in", on the day of a meeting: the member types their national ID and the code sent in the
 * invitation (Arabic-Indic digits welcome) and is checked in — with each member who gave them a proxy. When the
 * administrator turned kiosk voting on, the attendee then votes here, for themself and for each member they represent
 * separately ({@link KioskBallot}); a member already checked in comes back with the same ID and code to vote.
 */
@Route(value = "kiosk/assembly", layout = KioskLayout.class)
@AnonymousAllowed
public class AssemblyCheckInView extends Div implements HasDynamicTitle {

    private final CheckIns checkIns;
    private final Votes votes;

    @Inject
    public AssemblyCheckInView(CheckIns checkIns, Votes votes) {
        this.checkIns = checkIns;
        this.votes = votes;
        addClassNames("kiosk-page", "kiosk-assembly");
        Optional<Long> meeting = checkIns.meetingToday();
        add(new H2(getTranslation("assemblyday.kiosk.title")));
        if (meeting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assemblyday.kiosk.none"));
            none.setId("assembly-kiosk-none");
            add(none, IdleReset.leave(getTranslation("assemblyday.kiosk.back")));
            return;
        }
        ask(meeting.get());
    }

    private void ask(long assemblyId) {
        TextField nationalId = new TextField(getTranslation("assemblyday.kiosk.nationalId"));
        nationalId.setId("assembly-kiosk-national-id");
        nationalId.setAutocomplete(Autocomplete.OFF);
        Keyboard.ask(nationalId, Keyboard.DIGITS);
        PasswordField code = new PasswordField(getTranslation("assemblyday.kiosk.code"));
        code.setId("assembly-kiosk-code");
        code.setHelperText(getTranslation("assemblyday.kiosk.code.hint"));
        code.setAutocomplete(Autocomplete.OFF);
        Keyboard.ask(code, Keyboard.DIGITS);
        Button checkIn = new Button(getTranslation("assemblyday.kiosk.checkIn"), click -> {
            try {
                CheckIns.Arrival arrival = checkIns.atKiosk(assemblyId, nationalId.getValue(), code.getValue());
                welcome(assemblyId, arrival, nationalId.getValue(), code.getValue());
            } catch (DomainException refused) {
                code.setErrorMessage(Messages.of(refused, getLocale()));
                code.setInvalid(true);
            }
        });
        checkIn.setId("assembly-kiosk-checkin");
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div actions = new Div(checkIn);
        if (votes.kioskVoting()) {
            Button vote = new Button(getTranslation("assemblyday.kiosk.voteOnly"),
                    click -> ballot(assemblyId, nationalId.getValue(), code.getValue(), code));
            vote.setId("assembly-kiosk-vote-only");
            vote.addThemeVariants(ButtonVariant.LUMO_LARGE);
            actions.add(vote);
        }
        actions.add(IdleReset.leave(getTranslation("assemblyday.kiosk.back")));
        actions.addClassName("kiosk-actions");
        Div form = new Div(nationalId, code, actions);
        form.addClassName("kiosk-form");
        add(new Paragraph(getTranslation("assemblyday.kiosk.intro")), form);
    }

    private void welcome(long assemblyId, CheckIns.Arrival arrival, String nationalId, String code) {
        removeAll();
        Paragraph done = new Paragraph(getTranslation("assemblyday.kiosk.welcome", arrival.membershipNumber()));
        done.setId("assembly-kiosk-welcome");
        add(new H2(getTranslation("assemblyday.kiosk.title")), done);
        if (!arrival.represented().isEmpty()) {
            Paragraph represented = new Paragraph(getTranslation("assemblyday.kiosk.represented",
                    String.join("، ", arrival.represented())));
            represented.setId("assembly-kiosk-represented");
            add(represented);
        }
        Div actions = new Div();
        actions.addClassName("kiosk-actions");
        if (votes.kioskVoting()) {
            Button vote = new Button(getTranslation("assemblyday.kiosk.vote"),
                    click -> ballot(assemblyId, nationalId, code, null));
            vote.setId("assembly-kiosk-vote");
            vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            actions.add(vote);
        }
        Button finish = IdleReset.leave(getTranslation("assemblyday.kiosk.done"));
        finish.setId("assembly-kiosk-done");
        actions.add(finish);
        add(actions);
    }

    private void ballot(long assemblyId, String nationalId, String code, PasswordField errorAt) {
        try {
            KioskBallot ballot = new KioskBallot(votes, assemblyId, nationalId, code);
            removeAll();
            add(new H2(getTranslation("assemblyday.kiosk.ballot")), ballot);
        } catch (DomainException refused) {
            if (errorAt != null) {
                errorAt.setErrorMessage(Messages.of(refused, getLocale()));
                errorAt.setInvalid(true);
            } else {
                add(new Paragraph(Messages.of(refused, getLocale())));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assemblyday.kiosk.title") + " — " + getTranslation("app.name");
    }
}
