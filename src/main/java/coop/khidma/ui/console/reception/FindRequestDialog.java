package coop.khidma.ui.console.reception;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import coop.khidma.intake.boundary.InboxQuery;
import coop.khidma.intake.boundary.InboxRow;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.ErrorMessages;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * "Find their request" for the visitor at the desk: the inbox's one search box (reference, national ID, mobile or
 * name) over the open requests, a few at a time; the one chosen is handed to the queue, which keeps the ticket on it.
 */
class FindRequestDialog extends Dialog {

    static final int SHOWN = 8;
    private static final Set<RequestStatus> OPEN = Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen)
            .collect(Collectors.toSet());

    private final Requests requests;
    private final Consumer<String> chosen;
    final TextField search = new TextField();
    private final Div found = new Div();

    FindRequestDialog(String ticketNumber, Requests requests, Consumer<String> chosen) {
        this.requests = requests;
        this.chosen = chosen;
        setHeaderTitle(getTranslation("reception.case.findTitle", ticketNumber));
        search.setId("find-request-search");
        search.setLabel(getTranslation("console.inbox.search"));
        search.setPlaceholder(getTranslation("console.inbox.search.hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(change -> show());
        found.setId("find-request-found");
        found.addClassName("find-request-found");
        Button cancel = new Button(getTranslation("console.register.cancel"), click -> close());
        cancel.setId("find-request-cancel");
        add(search, found);
        getFooter().add(cancel);
        setWidth("40rem");
    }

    private void show() {
        found.removeAll();
        String text = search.getValue().strip();
        if (text.isEmpty()) {
            return;
        }
        List<InboxRow> rows;
        try {
            rows = requests.inbox(new InboxQuery(OPEN, null, null, text, null), 0, SHOWN, InboxQuery.Sort.SUBMITTED,
                    false);
        } catch (RuntimeException failure) {
            Facts.showAt(search, ErrorMessages.messageFor(failure, getLocale()));
            return;
        }
        search.setInvalid(false);
        if (rows.isEmpty()) {
            found.add(Facts.muted(getTranslation("reception.case.none")));
        }
        for (InboxRow row : rows) {
            Span what = new Span(row.reference() + " · " + row.requesterName() + " · "
                    + getTranslation("requestType." + row.typeCode()) + " · " + getTranslation("status." + row.status()));
            Button pick = new Button(getTranslation("reception.case.pick"), VaadinIcon.LINK.create(),
                    click -> chosen.accept(row.reference()));
            pick.setId("find-request-pick-" + row.reference());
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Div line = new Div(what, pick);
            line.addClassName("find-request-line");
            found.add(line);
        }
    }
}
