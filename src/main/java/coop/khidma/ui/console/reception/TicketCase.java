package coop.khidma.ui.console.reception;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.Channel;
import coop.khidma.reception.boundary.Queue;
import coop.khidma.reception.boundary.Queue.TicketRow;
import coop.khidma.reception.entity.TicketStatus;
import coop.khidma.ui.console.requests.RegisterDialog;
import coop.khidma.ui.console.requests.RequestDetailView;
import coop.khidma.ui.shared.ErrorMessages;

/**
 * The called ticket leads straight to the work (policy clauses 1 and 2): for a ticket at a desk, "open a request for
 * this visitor" (the registration form, a face-to-face interview by default) or "find their request"; either way the
 * request keeps the ticket and the page opens on it. A ticket that already led to a request links to it.
 */
class TicketCase extends Div {

    /**
     * @param id the prefix of the buttons' ids ({@code queue-current} on the called ticket's panel, the ticket's
     *           number in the list)
     */
    TicketCase(String id, TicketRow ticket, Queue queue, Requests requests) {
        addClassName("ticket-case");
        if (ticket.request() != null) {
            RouterLink link = new RouterLink(ticket.request(), RequestDetailView.class, ticket.request());
            link.setId(id + "-request");
            link.addClassName("ticket-case-request");
            add(link);
            return;
        }
        if (ticket.status() != TicketStatus.CALLED && ticket.status() != TicketStatus.SERVED) {
            return;
        }
        Button open = new Button(getTranslation("reception.case.open"), VaadinIcon.FILE_ADD.create(),
                click -> new RegisterDialog(requests.typeCodes(), Channel.IN_PERSON,
                        getTranslation("reception.case.forTicket", ticket.number()),
                        typed -> queue.openRequest(ticket.id(), typed.typeCode(), typed.channel(), typed.name(),
                                typed.mobile(), typed.details(), typed.scan(), typed.preferred()), this::go).open());
        open.setId(id + "-open-request");
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button find = new Button(getTranslation("reception.case.find"), VaadinIcon.SEARCH.create(),
                click -> find(ticket, queue, requests));
        find.setId(id + "-find-request");
        find.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(open, find);
    }

    private void find(TicketRow ticket, Queue queue, Requests requests) {
        FindRequestDialog[] dialog = new FindRequestDialog[1];
        dialog[0] = new FindRequestDialog(ticket.number(), requests, reference -> {
            RequestView found;
            try {
                found = queue.findRequest(ticket.id(), reference);
            } catch (RuntimeException failure) {
                ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
                return;
            }
            dialog[0].close();
            go(found);
        });
        dialog[0].open();
    }

    private void go(RequestView request) {
        getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class, request.ref().reference()));
    }
}
