package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.ui.shared.Dates;
import coop.khidma.volunteering.boundary.Volunteers;
import jakarta.inject.Inject;

import java.time.Instant;

/** Sign up as a volunteer at the kiosk: the form, then a confirmation of what happens next. */
@Route(value = "kiosk/volunteer", layout = KioskLayout.class)
@AnonymousAllowed
public class VolunteerSignUpView extends Div implements HasDynamicTitle {

    @Inject
    public VolunteerSignUpView(Volunteers volunteers) {
        addClassNames("kiosk-page", "kiosk-volunteer");
        VolunteerForm form = new VolunteerForm();
        form.addSubmitListener(submit -> confirm(volunteers.signUp(submit.draft().getName(),
                submit.draft().getMobile(), submit.draft().offer(), submit.draft().isConsent())));
        form.addCancelListener(cancel -> getUI().ifPresent(ui -> ui.navigate(WelcomeView.class)));
        add(new H2(getTranslation("services.volunteer.title")),
                new Paragraph(getTranslation("services.volunteer.intro")), form);
    }

    private void confirm(Instant signedUpAt) {
        removeAll();
        Div confirmation = new Div(VaadinIcon.HANDS_UP.create(),
                new H2(getTranslation("services.volunteer.done.title")),
                new Paragraph(getTranslation("services.volunteer.done.when") + ": "
                        + Dates.both(signedUpAt, getLocale())),
                new Paragraph(getTranslation("services.volunteer.done.next")));
        confirmation.addClassName("kiosk-receipt");
        confirmation.setId("volunteer-confirmation");
        Button done = new Button(getTranslation("services.done"), click -> getUI().ifPresent(NextVisitor::startClean));
        done.setId("volunteer-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(confirmation, done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("services.volunteer.title") + " — " + getTranslation("app.name");
    }
}
