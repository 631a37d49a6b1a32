package coop.khidma.ui.console.reception;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.reception.boundary.Queue.TicketRow;
import coop.khidma.reception.boundary.Queue;
import coop.khidma.reception.control.DayFigures;
import coop.khidma.reception.entity.CounterService;
import coop.khidma.reception.entity.Ticket;
import coop.khidma.reception.entity.TicketStatus;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.display.NowServingView;
import coop.khidma.ui.shared.LazyRows;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The counter's queue (policy clause 1, receive members courteously): today's tickets by service, paged by the
 * database; "call next" of a service to the desk this employee sits at (named once, remembered for the session);
 * served or no-show for a called ticket; from a called ticket, the visitor's request opened or found (the ticket's
 * row then shows the request's reference); and the day's figures of each line — waiting and service times, never per
 * person. The "now serving" screen for the office's TV is linked from here.
 */
@Route(value = "console/queue", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
public class QueueView extends Div implements HasDynamicTitle {

    /** The desk this staff session calls to, kept in the session. */
    static final String DESK = QueueView.class.getName() + ".desk";
    static final int PAGE = 25;

    private final Queue queue;
    private final Requests requests;
    private final TextField desk = new TextField();
    private final Select<CounterService> filter = new Select<>();
    private final Grid<TicketRow> grid = new Grid<>();
    private final Div figures = new Div();
    private final Div current = new Div();
    private final DateTimeFormatter clock;

    @Inject
    public QueueView(Queue queue, Requests requests) {
        this.queue = queue;
        this.requests = requests;
        this.clock = DateTimeFormatter.ofPattern("HH:mm", getLocale()).withZone(HijriDates.RIYADH);
        addClassNames("console-page", "queue-page");
        setId("queue");

        desk.setId("queue-desk");
        desk.setLabel(getTranslation("reception.desk"));
        desk.setHelperText(getTranslation("reception.desk.hint"));
        desk.setMaxLength(Ticket.DESK_MAX);
        desk.setValue(Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(DESK)).orElse(""));
        desk.addValueChangeListener(change -> {
            desk.setInvalid(false);
            VaadinSession.getCurrent().setAttribute(DESK, change.getValue().strip());
        });
        Div calls = new Div(desk);
        calls.addClassName("queue-calls");
        for (CounterService service : CounterService.values()) {
            Button call = new Button(getTranslation("reception.callNext", service(service), service.letter()),
                    VaadinIcon.MEGAPHONE.create(), click -> callNext(service));
            call.setId("queue-call-" + service.letter());
            call.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            calls.add(call);
        }

        current.setId("queue-current");
        current.addClassName("queue-current");
        current.setVisible(false);

        figures.setId("queue-figures");
        figures.addClassName("queue-figures");

        filter.setId("queue-filter");
        filter.setLabel(getTranslation("reception.filter"));
        filter.setItems(CounterService.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("reception.filter.all"));
        filter.setItemLabelGenerator(service -> service == null ? getTranslation("reception.filter.all")
                : service(service));
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE);
        grid.setItems(LazyRows.fetch(query -> queue.today(filter.getValue(), query.getOffset(), query.getLimit())
                .stream()), LazyRows.count(query -> queue.countToday(filter.getValue())));
        Columns<TicketRow> columns = new Columns<TicketRow>()
                .column("reception.number", TicketRow::number).autoWidth().flexGrow(0)
                .column("reception.service", (row, locale) -> getTranslation(locale,
                        "kiosk.counter." + row.service().name()))
                .column("reception.status", (row, locale) -> getTranslation(locale, "reception.status." + row.status()))
                .column("reception.deskColumn", row -> row.desk() == null ? "" : row.desk())
                .column("reception.taken", (row, locale) -> Dates.bothWithTime(row.takenAt(), locale))
                .gridText(row -> clock.format(row.takenAt())).autoWidth().flexGrow(0)
                .column("reception.calledAt", (row, locale) -> row.calledAt() == null ? ""
                        : Dates.bothWithTime(row.calledAt(), locale)).csvOnly()
                .column("reception.waited", (row, locale) -> row.calledAt() == null ? ""
                        : minutes(Duration.between(row.takenAt(), row.calledAt()), locale))
                .column("reception.request", row -> row.request() == null ? "" : row.request())
                .gridCell(row -> new TicketCase("queue-" + row.number(), row, queue, requests)).autoWidth();
        columns.addTo(grid);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("reception.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");

        Div bar = new Div(filter, CsvExport.<TicketRow>named("queue").columns(columns)
                .rows(() -> {
                    CounterService chosen = filter.getValue();
                    return (offset, limit) -> queue.today(chosen, offset, limit);
                }).link());
        bar.addClassName("console-filters");

        RouterLink tv = new RouterLink(getTranslation("reception.display.open"), NowServingView.class);
        tv.setId("queue-display");
        add(new H2(getTranslation("reception.title")), new Paragraph(getTranslation("reception.intro")), calls,
                current, figures, bar, grid, tv);
        if (!desk.isEmpty()) {
            queue.calledTo(desk.getValue()).ifPresent(this::showCurrent);
        }
        refresh();
    }

    private Component actions(TicketRow row) {
        Div actions = new Div();
        if (row.status() == TicketStatus.CALLED) {
            Button served = new Button(getTranslation("reception.served"), VaadinIcon.CHECK.create(),
                    click -> close(row, true));
            served.setId("queue-served-" + row.number());
            served.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button noShow = new Button(getTranslation("reception.noShow"), VaadinIcon.CLOSE_SMALL.create(),
                    click -> close(row, false));
            noShow.setId("queue-noshow-" + row.number());
            noShow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(served, noShow);
        }
        actions.addClassName("queue-actions");
        return actions;
    }

    private void callNext(CounterService service) {
        try {
            Ticket.checkDesk(desk.getValue());
        } catch (DomainException broken) {
            desk.setErrorMessage(Messages.of(broken, getLocale()));
            desk.setInvalid(true);
            return;
        }
        try {
            TicketRow called = queue.callNext(service, desk.getValue());
            showCurrent(called);
            Notification shown = Notification.show(getTranslation("reception.called", called.number(), called.desk()),
                    5000, Notification.Position.TOP_CENTER);
            shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
        }
        refresh();
    }

    /** The ticket just called to this desk, large, with its two outcomes at hand. */
    private void showCurrent(TicketRow called) {
        current.removeAll();
        Span number = new Span(called.number());
        number.setId("queue-current-number");
        number.addClassName("queue-current-number");
        number.getElement().setAttribute("dir", "ltr");
        Button served = new Button(getTranslation("reception.served"), VaadinIcon.CHECK.create(),
                click -> close(called, true));
        served.setId("queue-current-served");
        served.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button noShow = new Button(getTranslation("reception.noShow"), VaadinIcon.CLOSE_SMALL.create(),
                click -> close(called, false));
        noShow.setId("queue-current-noshow");
        noShow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        current.add(new Span(getTranslation("reception.current", called.desk())), number, served, noShow,
                new TicketCase("queue-current", called, queue, requests));
        current.setVisible(true);
    }

    private void close(TicketRow row, boolean served) {
        current.setVisible(false);
        try {
            if (served) {
                queue.served(row.id());
            } else {
                queue.noShow(row.id());
            }
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
        }
        refresh();
    }

    private void refresh() {
        figures.removeAll();
        for (DayFigures.Figures day : queue.figuresToday()) {
            Span name = new Span(service(day.service()) + " (" + day.service().letter() + ")");
            name.addClassName("queue-figures-service");
            Div card = new Div(name,
                    new Span(getTranslation("reception.figures.counts", day.waiting(), day.atDesk(), day.served(),
                            day.noShow())),
                    new Span(getTranslation("reception.figures.wait", average(day.averageWait()))),
                    new Span(getTranslation("reception.figures.service", average(day.averageService()))));
            card.setId("queue-figures-" + day.service().letter());
            card.addClassName("queue-figures-card");
            figures.add(card);
        }
        grid.getDataProvider().refreshAll();
    }

    private String average(Optional<Duration> average) {
        return average.map(duration -> minutes(duration, getLocale())).orElse(getTranslation("reception.figures.none"));
    }

    private String minutes(Duration duration, Locale locale) {
        return getTranslation(locale, "reception.minutes", Math.max(0, (duration.toSeconds() + 30) / 60));
    }

    private String service(CounterService service) {
        return getTranslation("kiosk.counter." + service.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reception.title") + " — " + getTranslation("console.title");
    }
}
