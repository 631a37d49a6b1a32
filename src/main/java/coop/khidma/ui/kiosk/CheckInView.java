package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.reception.boundary.Queue;
import coop.khidma.reception.boundary.Queue.TicketReceipt;
import coop.khidma.reception.entity.CounterService;
import jakarta.inject.Inject;

import java.util.Arrays;

/**
 * Check in for the counter: the visitor taps the service and gets a numbered ticket with their place in line and the
 * expected wait, to keep on screen or print on the receipt printer.
 */
@Route(value = "kiosk/check-in", layout = KioskLayout.class)
@AnonymousAllowed
public class CheckInView extends Div implements HasDynamicTitle {

    private final Queue queue;

    @Inject
    public CheckInView(Queue queue) {
        this.queue = queue;
        addClassName("kiosk-page");
        Div tiles = new Div();
        tiles.addClassName("kiosk-tiles");
        Arrays.stream(CounterService.values()).forEach(service -> tiles.add(tile(service)));
        RouterLink rate = new RouterLink(getTranslation("kiosk.visit.open"), RateVisitView.class);
        rate.setId("checkin-rate-visit");
        rate.addClassName("kiosk-rate-visit");
        add(new H2(getTranslation("kiosk.checkin.title")), new Paragraph(getTranslation("kiosk.checkin.subtitle")),
                tiles, rate);
    }

    private NativeButton tile(CounterService service) {
        Span caption = new Span(getTranslation("kiosk.counter." + service.name()));
        caption.addClassName("kiosk-tile-title");
        Span hint = new Span(getTranslation("kiosk.counter." + service.name() + ".hint"));
        hint.addClassName("kiosk-tile-hint");
        Div face = new Div(icon(service).create(), caption, hint);
        face.addClassName("kiosk-tile-face");
        NativeButton tile = new NativeButton();
        tile.add(face);
        tile.addClickListener(click -> show(queue.take(service)));
        tile.addClassName("kiosk-tile");
        tile.setId("counter-" + service.name().toLowerCase().replace('_', '-'));
        tile.getElement().setAttribute("aria-label", caption.getText() + ". " + hint.getText());
        return tile;
    }

    private static VaadinIcon icon(CounterService service) {
        return switch (service) {
            case MEMBER_SERVICES -> VaadinIcon.USER_CARD;
            case MEMBERSHIP -> VaadinIcon.HANDSHAKE;
            case INQUIRIES -> VaadinIcon.COMMENTS;
        };
    }

    private void show(TicketReceipt ticket) {
        removeAll();
        Span number = new Span(ticket.number());
        number.setId("ticket-number");
        number.addClassName("kiosk-ticket-number");
        number.getElement().setAttribute("dir", "ltr");
        Paragraph wait = new Paragraph(ticket.estimatedWaitMinutes() == 0 ? getTranslation("kiosk.ticket.next")
                : getTranslation("kiosk.ticket.wait", ticket.estimatedWaitMinutes()));
        wait.setId("ticket-wait");
        Paragraph position = new Paragraph(getTranslation("kiosk.ticket.position", ticket.position()));
        position.setId("ticket-position");
        Paragraph date = new Paragraph(getTranslation("kiosk.ticket.date", HijriDates.both(ticket.day(), getLocale())));
        date.setId("ticket-date");
        Div printable = new Div(new Span(getTranslation("association.name")), new H2(getTranslation("kiosk.ticket.title")),
                number, new Paragraph(getTranslation("kiosk.counter." + ticket.service().name())), position, wait, date,
                new Paragraph(getTranslation("kiosk.ticket.watch")));
        printable.addClassNames("kiosk-receipt", "kiosk-printable");
        printable.setId("ticket");

        Button print = new Button(getTranslation("kiosk.ticket.print"), VaadinIcon.PRINT.create(),
                click -> getElement().executeJs("window.print()"));
        print.setId("ticket-print");
        print.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Button done = new Button(getTranslation("kiosk.ticket.done"), click -> IdleReset.endVisit());
        done.setId("ticket-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div actions = new Div(done, print);
        actions.addClassName("kiosk-actions");
        add(printable, actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.checkin.title") + " — " + getTranslation("app.name");
    }
}
