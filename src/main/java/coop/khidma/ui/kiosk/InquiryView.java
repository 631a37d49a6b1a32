package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.intake.boundary.KioskRequests.Acknowledgement;
import coop.khidma.platform.kiosk.DeviceTokens;
import coop.khidma.ui.shared.Dates;
import jakarta.inject.Inject;

/** Ask a question at the kiosk: the form, then the acknowledgement with the reference to follow up with. */
@Route(value = "kiosk/inquiry", layout = KioskLayout.class)
@AnonymousAllowed
public class InquiryView extends Div implements HasDynamicTitle {

    @Inject
    public InquiryView(KioskRequests kiosk) {
        addClassName("kiosk-page");
        InquiryForm form = new InquiryForm();
        String submission = DeviceTokens.newToken(); // every "Send" of this form: a double tap files one question
        form.addSubmitListener(submit -> acknowledge(kiosk.fileInquiry(submit.draft().getName(),
                submit.draft().getMobile(), submit.draft().getQuestion(), submit.draft().notice(), submission)));
        form.addCancelListener(cancel -> getUI().ifPresent(ui -> ui.navigate(WelcomeView.class)));
        add(new H2(getTranslation("kiosk.inquiry.title")), form);
    }

    private void acknowledge(Acknowledgement received) {
        removeAll();
        Span reference = new Span(received.reference());
        reference.setId("acknowledgement-reference");
        reference.addClassName("kiosk-reference");
        reference.getElement().setAttribute("dir", "ltr");
        Div receipt = new Div(
                VaadinIcon.CHECK_CIRCLE.create(),
                new H2(getTranslation("kiosk.inquiry.received.title")),
                new Paragraph(getTranslation("kiosk.inquiry.received.reference")), reference,
                new Paragraph(getTranslation("kiosk.inquiry.received.when") + ": "
                        + Dates.both(received.submittedAt(), getLocale())),
                new Paragraph(getTranslation("kiosk.inquiry.received.next")));
        receipt.addClassName("kiosk-receipt");
        receipt.setId("acknowledgement");
        Button done = new Button(getTranslation("kiosk.inquiry.received.done"),
                click -> IdleReset.endVisit());
        done.setId("inquiry-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(receipt, done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.inquiry.title") + " — " + getTranslation("app.name");
    }
}
