package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.intake.boundary.KioskRequests.Acknowledgement;
import coop.khidma.intake.boundary.KioskRequests.KioskType;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.Calendars;
import coop.khidma.review.boundary.Calendars.DecisionWindow;
import coop.khidma.ui.shared.Dates;
import jakarta.inject.Inject;

/**
 * File a member service request at the kiosk: choose the kind of request, answer its checklist one question at a
 * time ({@link RequestWizard}), then take away the acknowledgement with the reference, what happens next and what to
 * bring to the counter, on screen or printed.
 */
@Route(value = "kiosk/request", layout = KioskLayout.class)
@AnonymousAllowed
public class RequestView extends Div implements HasDynamicTitle {

    private final KioskRequests kiosk;
    private final Calendars calendars;

    @Inject
    public RequestView(KioskRequests kiosk, Calendars calendars) {
        this.kiosk = kiosk;
        this.calendars = calendars;
        addClassName("kiosk-page");
        Div tiles = new Div();
        tiles.addClassName("kiosk-tiles");
        kiosk.offeredTypes().forEach(type -> tiles.add(tile(type)));
        add(new H2(getTranslation("kiosk.request.choose.title")),
                new Paragraph(getTranslation("kiosk.request.choose.subtitle")), tiles);
    }

    private NativeButton tile(KioskType type) {
        Span caption = new Span(arabic() ? type.nameArabic() : type.nameEnglish());
        caption.addClassName("kiosk-tile-title");
        Div face = new Div(VaadinIcon.FILE_TEXT_O.create(), caption);
        face.addClassName("kiosk-tile-face");
        NativeButton tile = new NativeButton();
        tile.add(face);
        tile.addClickListener(click -> start(type));
        tile.addClassName("kiosk-tile");
        tile.setId("type-" + type.code().toLowerCase().replace('_', '-'));
        tile.getElement().setAttribute("aria-label", caption.getText());
        return tile;
    }

    private void start(KioskType type) {
        removeAll();
        RequestWizard wizard = new RequestWizard(type);
        wizard.addSubmitListener(submit -> acknowledge(type, kiosk.file(submit.filing())));
        wizard.addCancelListener(cancel -> IdleReset.endVisit());
        add(new H2(arabic() ? type.nameArabic() : type.nameEnglish()), wizard);
    }

    private void acknowledge(KioskType type, Acknowledgement received) {
        removeAll();
        Span reference = new Span(received.reference());
        reference.setId("request-reference");
        reference.addClassName("kiosk-reference");
        reference.getElement().setAttribute("dir", "ltr");
        Div receipt = new Div(VaadinIcon.CHECK_CIRCLE.create(), new Paragraph(getTranslation("association.name")),
                new H2(getTranslation("kiosk.request.received.title")),
                new Paragraph(getTranslation("kiosk.request.received.type", arabic() ? type.nameArabic() : type.nameEnglish())),
                new Paragraph(getTranslation("kiosk.request.received.reference")), reference,
                new Paragraph(getTranslation("kiosk.request.received.when", Dates.both(received.submittedAt(), getLocale()))));
        Paragraph next;
        if (type.needsCommittee()) {
            DecisionWindow window = calendars.expectedDecision(received.submittedAt().atZone(HijriDates.RIYADH).toLocalDate());
            next = new Paragraph(getTranslation("kiosk.request.next.committee",
                    HijriDates.both(window.earliest(), getLocale()), HijriDates.both(window.latest(), getLocale())));
        } else {
            next = new Paragraph(getTranslation("kiosk.request.next.staff"));
        }
        next.setId("request-next");
        receipt.add(next);
        var documents = type.checklist().stream().filter(item -> item.kind() == ItemKind.DOCUMENT).toList();
        if (!documents.isEmpty()) {
            UnorderedList bring = new UnorderedList();
            documents.forEach(item -> bring.add(new ListItem(arabic() ? item.labelArabic() : item.labelEnglish())));
            receipt.add(new Paragraph(getTranslation("kiosk.request.documents")), bring);
        }
        receipt.add(new Paragraph(getTranslation("kiosk.request.followUp")));
        receipt.addClassNames("kiosk-receipt", "kiosk-printable");
        receipt.setId("request-acknowledgement");

        Button print = new Button(getTranslation("kiosk.request.print"), VaadinIcon.PRINT.create(),
                click -> getElement().executeJs("window.print()"));
        print.setId("request-print");
        print.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Button done = new Button(getTranslation("kiosk.request.done"), click -> IdleReset.endVisit());
        done.setId("request-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div actions = new Div(done, print);
        actions.addClassName("kiosk-actions");
        add(receipt, actions);
    }

    private boolean arabic() {
        return "ar".equals(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.request.choose.title") + " — " + getTranslation("app.name");
    }
}
