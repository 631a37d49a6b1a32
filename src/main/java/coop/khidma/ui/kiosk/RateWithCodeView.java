package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.satisfaction.boundary.RatingInvitations;
import coop.khidma.satisfaction.entity.RatedService;
import jakarta.inject.Inject;

/**
 * Rate with the code of an invitation (issue #15): the member types the code from the SMS or e-mail (Arabic-Indic
 * digits too), the kiosk shows which service it rates, then the faces and a comment; the code rates once and the
 * rating keeps nothing of it. Wrong codes are counted against this kiosk device (or session) and locked after too
 * many, as tracking is.
 */
@Route(value = "kiosk/rate-code", layout = KioskLayout.class)
@AnonymousAllowed
public class RateWithCodeView extends Div implements HasDynamicTitle {

    private final RatingInvitations invitations;

    @Inject
    public RateWithCodeView(RatingInvitations invitations) {
        this.invitations = invitations;
        addClassNames("kiosk-page", "kiosk-rating");
        ask();
    }

    /** What the throttle counts wrong codes by: the registered kiosk device, else this visitor's session. */
    private static String device() {
        String kiosk = RatingView.kiosk();
        return kiosk != null ? kiosk : RatingView.device();
    }

    private void ask() {
        TextField code = new TextField(getTranslation("kiosk.ratingCode.code"));
        code.setId("rating-code");
        code.setHelperText(getTranslation("kiosk.ratingCode.hint"));
        Keyboard.ask(code, Keyboard.DIGITS);
        code.setAutocomplete(Autocomplete.OFF);
        Button next = new Button(getTranslation("kiosk.visit.continue"), click -> {
            try {
                String typed = code.getValue();
                rate(typed, invitations.check(device(), typed));
            } catch (DomainException broken) {
                code.setErrorMessage(Messages.of(broken, getLocale()));
                code.setInvalid(true);
            }
        });
        next.setId("rating-code-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button cancel = IdleReset.leave(getTranslation("services.rate.cancel"));
        Div actions = new Div(next, cancel);
        actions.addClassName("kiosk-actions");
        Div form = new Div(code, actions);
        form.addClassName("kiosk-form");
        add(new H2(getTranslation("kiosk.ratingCode.title")), new Paragraph(getTranslation("kiosk.ratingCode.intro")),
                form);
    }

    private void rate(String code, RatedService service) {
        removeAll();
        RatingForm form = new RatingForm().forVisit(service);
        form.addSubmitListener(submit -> {
            try {
                invitations.rate(device(), code, submit.feedback().score(), submit.feedback().text());
            } catch (DomainException broken) {
                Notification.show(Messages.of(broken, getLocale()), 5000, Notification.Position.MIDDLE);
                return;
            }
            removeAll();
            add(RatingView.thanks(this, submit.feedback()));
        });
        form.addCancelListener(cancel -> IdleReset.endVisit());
        Paragraph which = new Paragraph(getTranslation("kiosk.ratingCode.rating",
                getTranslation("services.rated." + service.name())));
        which.setId("rating-code-service");
        add(new H2(getTranslation("services.rate.title")), which, form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.ratingCode.title") + " — " + getTranslation("app.name");
    }
}
