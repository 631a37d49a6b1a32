package coop.khidma.ui.console.outbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageState;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.requests.RequestDetailView;
import coop.khidma.ui.shared.LazyRows;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;

/**
 * The outbox: the messages that could not be delivered (failed, or no gateway) first, or every message with them
 * first; each with its request, kind, channel, state, tries, times and reason, and "Send again" for an undelivered one
 * (a new try, audited; the old record stays as it was); filtered to one request's reference when one is typed. Paged
 * by the server; the list as on screen exports to CSV.
 */
@Route(value = "console/outbox", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class OutboxView extends Div implements HasDynamicTitle {

    private final Outbox outbox;
    private final TextField reference = new TextField();
    private final Checkbox undeliveredOnly = new Checkbox();
    private final Grid<Message> grid = new Grid<>();
    private final Span total = new Span();

    @Inject
    public OutboxView(Outbox outbox) {
        this.outbox = outbox;
        addClassName("console-page");
        reference.setId("outbox-reference");
        reference.setLabel(getTranslation("outbox.reference"));
        reference.setClearButtonVisible(true);
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        reference.addValueChangeListener(change -> refresh());
        undeliveredOnly.setId("outbox-undelivered-only");
        undeliveredOnly.setLabel(getTranslation("outbox.undeliveredOnly"));
        undeliveredOnly.setValue(true);
        undeliveredOnly.addValueChangeListener(change -> refresh());
        grid.setId("outbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        Columns<Message> columns = new Columns<Message>()
                .column("outbox.created", (message, locale) -> when(message.createdAt(), locale)).autoWidth()
                .column("outbox.reference", Message::requestReference).gridCell(OutboxView::reference).autoWidth()
                .column("outbox.kind", (message, locale) -> getTranslation(locale, "messageKind." + message.kind()))
                .autoWidth()
                .column("outbox.channel", (message, locale) ->
                        getTranslation(locale, "messageChannel." + message.channel())).autoWidth()
                .column("outbox.state", (message, locale) ->
                        getTranslation(locale, "messageState." + message.state())).gridCell(this::state).autoWidth()
                .column("outbox.reason", message -> message.lastError() == null ? "" : message.lastError())
                .flexGrow(1)
                .column("outbox.action", message -> "").gridCell(this::resendButton).gridOnly().autoWidth()
                .column("outbox.attempts", message -> String.valueOf(message.attempts())).autoWidth()
                .column("outbox.sent", (message, locale) -> when(message.sentAt(), locale)).autoWidth()
                .column("outbox.reported", (message, locale) -> when(message.reportedAt(), locale)).autoWidth()
                .column("outbox.nextAttempt", (message, locale) -> when(message.nextAttemptAt(), locale)).csvOnly();
        columns.addTo(grid);
        grid.setItems(LazyRows.fetch(query -> outbox.list(reference(), undeliveredOnly.getValue(), query.getOffset(),
                        query.getLimit()).stream()), LazyRows.count(query -> (int) Math.min(Integer.MAX_VALUE,
                outbox.count(reference(), undeliveredOnly.getValue()))));
        grid.setSizeFull();
        total.addClassName("console-count");
        total.setId("outbox-total");
        Anchor csv = CsvExport.<Message>named("outbox").columns(columns).rows(() -> {
            String of = reference();
            boolean chosen = undeliveredOnly.getValue();
            return (offset, limit) -> outbox.list(of, chosen, offset, limit);
        }).link();
        csv.setId("outbox-csv");
        Div bar = new Div(reference, undeliveredOnly, csv);
        bar.addClassName("console-filters");
        add(new H2(getTranslation("outbox.title")), new Span(getTranslation("outbox.explained")), bar, total, grid);
        refresh();
    }

    private static Component reference(Message message) {
        return new RouterLink(message.requestReference(), RequestDetailView.class, message.requestReference());
    }

    private Component state(Message message) {
        Span state = new Span(getTranslation("messageState." + message.state()));
        state.getElement().getThemeList().add(switch (message.state()) {
            case FAILED, NO_GATEWAY -> "badge error";
            case DELIVERED -> "badge success";
            default -> "badge contrast";
        });
        state.setId("outbox-state-" + message.id());
        return state;
    }

    private Component resendButton(Message message) {
        boolean undelivered = message.state() == MessageState.FAILED || message.state() == MessageState.NO_GATEWAY;
        boolean reachable = message.recipientMobile() != null || message.recipientEmail() != null;
        if (!undelivered || !reachable || message.channel() == MessageChannel.LETTER) {
            return new Span();
        }
        Button resend = new Button(getTranslation("outbox.resend"), click -> {
            outbox.resend(message.id());
            Notification.show(getTranslation("outbox.resent", message.requestReference()), 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        resend.setId("outbox-resend-" + message.id());
        resend.getElement().setAttribute("data-reference", message.requestReference());
        resend.setDisableOnClick(true);
        return resend;
    }

    /** The reference typed, in ASCII digits (Arabic-Indic digits are accepted). */
    private String reference() {
        return Digits.toAscii(reference.getValue()).strip().toUpperCase(Locale.ROOT);
    }

    private static String when(Instant at, Locale locale) {
        return at == null ? "" : Dates.bothWithTime(at, locale);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("outbox.total", outbox.count(reference(), undeliveredOnly.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " — " + getTranslation("console.title");
    }
}
