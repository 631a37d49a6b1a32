package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.intake.boundary.KioskRequests.PublicStatus;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.review.boundary.ExpectedDecision;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.ui.shared.Dates;
import jakarta.inject.Inject;

/**
 * Follow a request up with its reference and the mobile number given with it: the stage, which role holds it, the
 * day the higher authority answered the member's question when it was referred up (never who), the committee's
 * expected decision date (Hijri beside Gregorian) and what is still missing — nothing about the person. A wrong pair is "not found", whichever half was wrong.
 */
@Route(value = "kiosk/track", layout = KioskLayout.class)
@AnonymousAllowed
public class TrackView extends Div implements HasDynamicTitle {

    private final KioskRequests kiosk;
    private final Reviews reviews;

    @Inject
    public TrackView(KioskRequests kiosk, Reviews reviews) {
        this.kiosk = kiosk;
        this.reviews = reviews;
        addClassName("kiosk-page");
        ask();
    }

    private void ask() {
        removeAll();
        TextField reference = new TextField(getTranslation("kiosk.track.reference"));
        reference.setId("track-reference");
        reference.setHelperText(getTranslation("kiosk.track.reference.hint"));
        Keyboard.ask(reference, Keyboard.DIGITS);
        reference.getElement().setAttribute("dir", "ltr");
        reference.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        TextField mobile = new TextField(getTranslation("kiosk.track.mobile"));
        mobile.setId("track-mobile");
        mobile.setHelperText(getTranslation("kiosk.track.mobile.hint"));
        Keyboard.ask(mobile, Keyboard.PHONE);
        mobile.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

        Button submit = new Button(getTranslation("kiosk.track.submit"), click -> {
            try {
                show(kiosk.track(Digits.toAscii(reference.getValue()), mobile.getValue(),
                        KioskDeviceGate.presentedToken()));
            } catch (DomainException broken) {
                mobile.setInvalid(true);
                mobile.setErrorMessage(Messages.of(broken, getLocale()));
            }
        });
        submit.setId("track-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button cancel = IdleReset.leave(getTranslation("kiosk.track.cancel"));
        Div actions = new Div(submit, cancel);
        actions.addClassName("kiosk-actions");
        Div form = new Div(reference, mobile, actions);
        form.addClassName("kiosk-form");
        add(new H2(getTranslation("kiosk.track.title")), new Paragraph(getTranslation("kiosk.track.intro")), form);
    }

    private void show(PublicStatus found) {
        removeAll();
        Paragraph stage = new Paragraph(getTranslation("kiosk.track.stage", getTranslation("status." + found.status())));
        stage.setId("track-stage");
        Paragraph holder = new Paragraph(getTranslation("kiosk.track.holder",
                getTranslation("kiosk.holder." + found.holder())));
        holder.setId("track-holder");
        Div result = new Div(new H2(getTranslation("kiosk.track.result.title", found.reference())),
                new Paragraph(getTranslation("kiosk.track.type", getTranslation("requestType." + found.typeCode()))),
                stage, holder,
                new Paragraph(getTranslation("kiosk.track.submitted", Dates.both(found.submittedAt(), getLocale()))));
        found.referralAnsweredAt().ifPresent(answered -> {
            Paragraph referral = new Paragraph(getTranslation("kiosk.track.referralAnswered",
                    Dates.both(answered, getLocale())));
            referral.setId("track-referral-answered");
            result.add(referral);
        });
        reviews.expectedDecision(found).ifPresent(expected -> result.add(decision(expected)));
        if (found.missing().isEmpty()) {
            result.add(new Paragraph(getTranslation("kiosk.track.nothingMissing")));
        } else {
            UnorderedList missing = new UnorderedList();
            missing.setId("track-missing");
            boolean arabic = "ar".equals(getLocale().getLanguage());
            found.missing().forEach(item -> missing.add(new ListItem((arabic ? item.labelArabic() : item.labelEnglish())
                    + (item.reason() == null || item.reason().isBlank() ? "" : " — " + item.reason()))));
            result.add(new Paragraph(getTranslation("kiosk.track.missing")), missing);
        }
        result.addClassName("kiosk-receipt");
        result.setId("track-result");
        Button another = new Button(getTranslation("kiosk.track.another"), click -> ask());
        another.setId("track-another");
        another.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Button done = new Button(getTranslation("kiosk.track.done"), click -> IdleReset.endVisit());
        done.setId("track-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div actions = new Div(done, another);
        actions.addClassName("kiosk-actions");
        add(result, actions);
    }

    private Paragraph decision(ExpectedDecision expected) {
        Paragraph decision = new Paragraph(expected.sentence(getLocale()));
        decision.setId("track-decision");
        return decision;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.track.title") + " — " + getTranslation("app.name");
    }
}
