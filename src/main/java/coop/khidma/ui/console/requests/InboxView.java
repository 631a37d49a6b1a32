package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.intake.boundary.InboxQuery;
import coop.khidma.intake.boundary.InboxRow;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.control.Urgency;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.shared.LazyRows;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shareholder-relations inbox: every member service request, filtered by status, type and channel, searched by
 * reference, name (with or without diacritics), national ID or mobile, paged and sorted by the server. Staff
 * register here the requests that came by another channel.
 */
@Route(value = "console/inbox", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class InboxView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    /** {@code ?status=RETURNED,VERIFIED} opens the inbox filtered to those statuses (the home page's links). */
    public static final String STATUS_PARAMETER = "status";
    /** {@code ?due=OVERDUE} opens the inbox on the requests past their due day (the home page's link). */
    public static final String DUE_PARAMETER = "due";

    private final Requests requests;
    private final MultiSelectComboBox<RequestStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<Urgency> urgency = new ComboBox<>();
    private final TextField search = new TextField();
    private final Grid<InboxRow> grid = new Grid<>();
    private final Span total = new Span();

    @Inject
    public InboxView(Requests requests) {
        this.requests = requests;
        addClassName("console-page");
        List<String> typeCodes = requests.typeCodes();
        filters(typeCodes);
        Columns<InboxRow> columns = columns();
        grid(columns);
        InboxPages pages = new InboxPages(requests, grid);
        grid.setItems(LazyRows.fetch(query -> pages.fetch(InboxPages.Asked.of(query(),
                query.getSortOrders().stream().findFirst()), query.getOffset(), query.getLimit())), LazyRows.count(query -> {
            long count = pages.count(InboxPages.Asked.of(query(), sortShown()), grid.getPageSize());
            total.setText(getTranslation("console.inbox.total", count));
            return (int) Math.min(Integer.MAX_VALUE, count);
        }));
        grid.setSizeFull();
        total.addClassName("console-count");
        total.setId("inbox-total");
        Button register = new Button(getTranslation("console.register.open"), VaadinIcon.PLUS.create(),
                click -> openRegistration(typeCodes));
        register.setId("register-open");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(statuses, type, channel, urgency, search, register, CsvExport.<InboxRow>named("inbox")
                .columns(columns).rows(() -> {
                    InboxQuery chosen = query();
                    return (offset, limit) -> requests.inbox(chosen, offset, limit, InboxQuery.Sort.SUBMITTED, false);
                }).link());
        bar.addClassName("console-filters");
        add(new H2(getTranslation("console.inbox.title")), bar, total, grid);
        refresh();
    }

    private void filters(List<String> typeCodes) {
        statuses.setId("inbox-status");
        statuses.setLabel(getTranslation("console.inbox.status"));
        statuses.setItems(RequestStatus.values());
        statuses.setItemLabelGenerator(value -> getTranslation("status." + value));
        type.setId("inbox-type");
        type.setLabel(getTranslation("console.inbox.type"));
        type.setItems(typeCodes);
        type.setItemLabelGenerator(code -> getTranslation("requestType." + code));
        type.setClearButtonVisible(true);
        channel.setId("inbox-channel");
        channel.setLabel(getTranslation("console.inbox.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(value -> getTranslation("channel." + value));
        channel.setClearButtonVisible(true);
        urgency.setId("inbox-urgency");
        urgency.setLabel(getTranslation("console.inbox.urgency"));
        urgency.setItems(Urgency.OVERDUE, Urgency.DUE_SOON);
        urgency.setItemLabelGenerator(value -> getTranslation("console.due." + value));
        urgency.setClearButtonVisible(true);
        search.setId("inbox-search");
        search.setLabel(getTranslation("console.inbox.search"));
        search.setPlaceholder(getTranslation("console.inbox.search.hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        statuses.addValueChangeListener(change -> refresh());
        type.addValueChangeListener(change -> refresh());
        channel.addValueChangeListener(change -> refresh());
        urgency.addValueChangeListener(change -> refresh());
        search.addValueChangeListener(change -> refresh());
    }

    /** The inbox's columns, shared by the grid and the CSV: the grid links the reference and badges the due day. */
    private Columns<InboxRow> columns() {
        return new Columns<InboxRow>()
                .column("console.inbox.reference", InboxRow::reference).gridCell(InboxView::open)
                .sortedBy(InboxQuery.Sort.REFERENCE.name()).autoWidth().flexGrow(0)
                .column("console.inbox.requester", InboxRow::requesterName)
                .sortedBy(InboxQuery.Sort.REQUESTER.name()).autoWidth()
                .column("console.inbox.type", (row, locale) -> getTranslation(locale, "requestType." + row.typeCode()))
                .sortedBy(InboxQuery.Sort.TYPE.name())
                .column("console.inbox.channel", (row, locale) -> getTranslation(locale, "channel." + row.channel()))
                .sortedBy(InboxQuery.Sort.CHANNEL.name())
                .column("console.inbox.status", (row, locale) -> getTranslation(locale, "status." + row.status()))
                .sortedBy(InboxQuery.Sort.STATUS.name())
                .column("console.inbox.due", InboxView::dueDay).gridCell(this::due).gridOnly().autoWidth()
                .sortedBy(InboxQuery.Sort.DUE.name())
                .column("console.inbox.submitted", (row, locale) -> Dates.bothWithTime(row.submittedAt(), locale))
                .gridText(row -> Dates.both(row.submittedAt(), getLocale())).autoWidth()
                .sortedBy(InboxQuery.Sort.SUBMITTED.name())
                .column("console.inbox.due", InboxView::dueDay).csvOnly()
                .column("console.inbox.urgency", (row, locale) -> getTranslation(locale, "console.due." + row.urgency()))
                .csvOnly();
    }

    private void grid(Columns<InboxRow> columns) {
        grid.setId("inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        columns.addTo(grid);
        grid.setMultiSort(false);
        grid.addItemDoubleClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(RequestDetailView.class, click.getItem().reference())));
    }

    private static Component open(InboxRow row) {
        RouterLink link = new RouterLink(row.reference(), RequestDetailView.class, row.reference());
        link.addClassName("inbox-open");
        return link;
    }

    private static String dueDay(InboxRow row, Locale locale) {
        return row.dueOn() == null ? "" : HijriDates.both(row.dueOn(), locale);
    }

    /** The due day, with a badge when it is past or near. */
    private Component due(InboxRow row) {
        Div cell = new Div();
        cell.addClassName("inbox-due");
        if (row.urgency() == Urgency.OVERDUE || row.urgency() == Urgency.DUE_SOON) {
            Span badge = new Span(getTranslation("console.due." + row.urgency()));
            badge.addClassName("inbox-urgency-" + row.urgency().name().toLowerCase(Locale.ROOT));
            badge.getElement().getThemeList().add(row.urgency() == Urgency.OVERDUE ? "badge error small" : "badge small");
            cell.add(badge);
        }
        cell.add(new Span(dueDay(row, getLocale())));
        return cell;
    }

    private InboxQuery query() {
        return new InboxQuery(statuses.getValue(), type.getValue(), channel.getValue(), search.getValue(),
                urgency.getValue());
    }

    /** The grid asks again; its count (one call with the first page) sets the total shown above it. */
    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The order the grid shows now, as its fetches will ask it (the count's query carries none). */
    private Optional<QuerySortOrder> sortShown() {
        return grid.getSortOrder().stream().findFirst()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()).findFirst());
    }

    private void openRegistration(List<String> typeCodes) {
        new RegisterDialog(typeCodes, Channel.PHONE, null, typed -> requests.register(typed.typeCode(),
                typed.channel(), typed.name(), typed.mobile(), typed.details(), typed.scan(), typed.preferred()),
                registered -> {
            Notification done = Notification.show(getTranslation("console.register.done",
                    registered.ref().reference(), getTranslation("channel." + registered.channel())), 6000,
                    Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.setId("register-done");
            refresh();
        }).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(STATUS_PARAMETER, List.of());
        Set<String> known = Arrays.stream(RequestStatus.values()).map(Enum::name).collect(Collectors.toSet());
        EnumSet<RequestStatus> chosen = EnumSet.noneOf(RequestStatus.class);
        asked.stream().flatMap(value -> Arrays.stream(value.split(","))).filter(known::contains)
                .map(RequestStatus::valueOf).forEach(chosen::add);
        if (!chosen.isEmpty()) {
            statuses.setValue(chosen);
        }
        event.getLocation().getQueryParameters().getParameters().getOrDefault(DUE_PARAMETER, List.of()).stream()
                .filter(value -> value.equals(Urgency.OVERDUE.name()) || value.equals(Urgency.DUE_SOON.name()))
                .findFirst().map(Urgency::valueOf).ifPresent(urgency::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.inbox.title") + " — " + getTranslation("console.title");
    }
}
