package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.platform.kiosk.DeviceTokens;
import coop.khidma.satisfaction.boundary.Feedback;
import coop.khidma.satisfaction.boundary.Ratings;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Rate the service at the kiosk: the faces and the optional comment or suggestion, then a thank-you. The throttle
 * counts presses by the kiosk session (one rating a visitor) and by the registered kiosk device (a few a minute);
 * neither is ever stored with the rating.
 */
@Route(value = "kiosk/rate", layout = KioskLayout.class)
@AnonymousAllowed
public class RatingView extends Div implements HasDynamicTitle {

    private static final String DEVICE = RatingView.class.getName() + ".device";

    @Inject
    public RatingView(Ratings ratings) {
        addClassNames("kiosk-page", "kiosk-rating");
        RatingForm form = new RatingForm();
        form.addSubmitListener(submit -> {
            ratings.rateAtKiosk(device(), kiosk(), submit.feedback());
            thank(submit.feedback());
        });
        form.addCancelListener(cancel -> getUI().ifPresent(ui -> ui.navigate(WelcomeView.class)));
        RouterLink withCode = new RouterLink(getTranslation("kiosk.ratingCode.open"), RateWithCodeView.class);
        withCode.setId("rate-with-code");
        withCode.addClassName("kiosk-rate-visit");
        add(new H2(getTranslation("services.rate.title")), withCode, form);
    }

    /** This kiosk session's token, made on first use; the idle reset ends the session and with it the token. */
    static String device() {
        VaadinSession session = VaadinSession.getCurrent();
        Object token = session.getAttribute(DEVICE);
        if (token == null) {
            token = UUID.randomUUID().toString();
            session.setAttribute(DEVICE, token);
        }
        return token.toString();
    }

    /**
     * The registered kiosk this visitor stands at, named by the hash of its device cookie (never the secret itself),
     * so that its ratings a minute are counted whoever stands there; {@code null} when no device cookie came.
     */
    static String kiosk() {
        String token = KioskDeviceGate.presentedToken();
        return token == null ? null : "kiosk-" + DeviceTokens.hash(token);
    }

    private void thank(Feedback given) {
        removeAll();
        add(thanks(this, given));
    }

    /** The thank-you for a rating given on {@code screen}, with "done" starting the next visitor clean. */
    static Div thanks(com.vaadin.flow.component.Component screen, Feedback given) {
        Div thanks = new Div(VaadinIcon.HEART.create(), new H2(screen.getTranslation("services.rate.thanks.title")),
                new Paragraph(screen.getTranslation("services.rate.thanks.text")));
        if (given.suggestion() && given.text() != null && !given.text().isBlank()) {
            thanks.add(new Paragraph(screen.getTranslation("services.rate.thanks.suggestion")));
        }
        if (given.wantsReply()) {
            thanks.add(new Paragraph(screen.getTranslation("services.rate.thanks.reply")));
        }
        thanks.addClassName("kiosk-receipt");
        thanks.setId("rating-thanks");
        Button done = new Button(screen.getTranslation("services.done"),
                click -> screen.getUI().ifPresent(NextVisitor::startClean));
        done.setId("rating-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return new Div(thanks, done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("services.rate.title") + " — " + getTranslation("app.name");
    }
}
