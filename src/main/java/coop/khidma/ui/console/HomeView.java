package coop.khidma.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.escalation.boundary.WaitingEscalation;
import coop.khidma.intake.boundary.ChannelFigures;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.control.Urgency;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.StaffAccounts.Me;
import coop.khidma.platform.security.StaffAccounts;
import coop.khidma.review.boundary.AgendaRow;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.ui.console.outbox.OutboxView;
import coop.khidma.ui.console.requests.ChannelCountsPanel;
import coop.khidma.ui.console.requests.InboxView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What waits for me today: one section per role the signed-in person holds, each a few counts that lead to the
 * list behind them; the supervisor and the director also see how much each channel of the policy is used. The counts come from the boundaries, which check the roles again.
 */
@Route(value = "console", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
public class HomeView extends Div implements HasDynamicTitle {

    private final Requests requests;
    private final Escalations escalations;
    private final Reviews reviews;
    private final ChannelFigures channels;
    private final Outbox outbox;
    private final Set<String> roles;

    @Inject
    public HomeView(StaffAccounts accounts, Requests requests, Escalations escalations, Reviews reviews,
                    ChannelFigures channels, Outbox outbox) {
        this.requests = requests;
        this.outbox = outbox;
        this.channels = channels;
        this.escalations = escalations;
        this.reviews = reviews;
        addClassName("console-page");
        setId("home");
        Me me = SignedIn.of(accounts);
        add(new H2(getTranslation("console.home.title", me.displayName())));
        roles = me.roles();
        if (roles.contains(Roles.STAFF)) {
            add(staff());
        }
        if (roles.contains(Roles.SUPERVISOR) || roles.contains(Roles.DIRECTOR)) {
            add(higherAuthority());
        }
        if (roles.contains(Roles.COMMITTEE)) {
            add(committee("home-committee", "console.home.committee"));
        }
        if (roles.contains(Roles.ADMIN)) {
            add(administrator());
        }
    }

    private Component staff() {
        Map<RequestStatus, Long> counts = requests.countsByStatus();
        List<WaitingEscalation> waiting = escalations.waitingAtMyLevel();
        return section("home-staff", "console.home.staff",
                inboxCard("home-new", "console.home.new", counts, RequestStatus.SUBMITTED, RequestStatus.IN_INTAKE),
                inboxCard("home-returned", "console.home.returned", counts, RequestStatus.RETURNED),
                inboxCard("home-verified", "console.home.verified", counts, RequestStatus.VERIFIED),
                pastDueCard(),
                undeliveredCard(),
                card("home-escalations-officer", "console.home.escalations", waiting.size(), overdue(waiting)));
    }

    private Component higherAuthority() {
        List<WaitingEscalation> waiting = escalations.waitingAtMyLevel();
        Div section = roles.contains(Roles.STAFF)
                ? section("home-authority", "console.home.authority",
                card("home-escalations", "console.home.escalations", waiting.size(), overdue(waiting)))
                : section("home-authority", "console.home.authority",
                card("home-escalations", "console.home.escalations", waiting.size(), overdue(waiting)),
                undeliveredCard());
        section.add(new H3(getTranslation("console.channels.title")), new ChannelCountsPanel(channels));
        return section;
    }

    private Component committee(String id, String titleKey) {
        List<AgendaRow> agenda = reviews.agenda();
        long overdue = agenda.stream().filter(AgendaRow::overdue).count();
        return section(id, titleKey, card(id + "-agenda", "console.home.agenda", agenda.size(), overdue));
    }

    private Component administrator() {
        Map<RequestStatus, Long> counts = requests.countsByStatus();
        RequestStatus[] open = Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen)
                .toArray(RequestStatus[]::new);
        Div section = (Div) committee("home-admin", "console.home.admin");
        section.add(inboxCard("home-open", "console.home.open", counts, open));
        if (!roles.contains(Roles.STAFF) && !roles.contains(Roles.SUPERVISOR) && !roles.contains(Roles.DIRECTOR)) {
            section.add(undeliveredCard());
        }
        return section;
    }

    private Div section(String id, String titleKey, Component... cards) {
        Div grid = new Div(cards);
        grid.addClassName("console-cards");
        Div section = new Div(new H3(getTranslation(titleKey)), grid);
        section.setId(id);
        section.addClassName("console-section");
        return section;
    }

    /** A count of requests in the statuses, leading to the inbox filtered to them. */
    private Component inboxCard(String id, String labelKey, Map<RequestStatus, Long> counts,
                                RequestStatus... statuses) {
        long count = Arrays.stream(statuses).mapToLong(status -> counts.getOrDefault(status, 0L)).sum();
        RouterLink link = new RouterLink(InboxView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of(InboxView.STATUS_PARAMETER,
                String.join(",", Arrays.stream(statuses).map(Enum::name).toList()))));
        link.add(card(id, labelKey, count, 0));
        link.addClassName("console-card-link");
        return link;
    }

    /** How many open requests are past the day the member was promised, leading to the inbox filtered to them. */
    private Component pastDueCard() {
        RouterLink link = new RouterLink(InboxView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of(InboxView.DUE_PARAMETER, Urgency.OVERDUE.name())));
        link.add(card("home-past-due", "console.home.pastDue", requests.overdueCount(), 0));
        link.addClassName("console-card-link");
        return link;
    }

    /** How many messages could not be delivered, leading to the outbox. */
    private Component undeliveredCard() {
        RouterLink link = new RouterLink(OutboxView.class);
        link.add(card("home-undelivered", "outbox.home.undelivered", outbox.undeliveredCount(), 0));
        link.addClassName("console-card-link");
        return link;
    }

    private Component card(String id, String labelKey, long count, long overdue) {
        Span number = new Span(String.valueOf(count));
        number.setId(id + "-count");
        number.addClassName("console-card-count");
        Div card = new Div(number, new Span(getTranslation(labelKey)));
        if (overdue > 0) {
            Span late = new Span(getTranslation("console.home.overdue", overdue));
            late.setId(id + "-overdue");
            late.getElement().getThemeList().add("badge error");
            card.add(late);
        }
        card.setId(id);
        card.addClassName("console-card");
        return card;
    }

    private static long overdue(List<WaitingEscalation> waiting) {
        return waiting.stream().filter(WaitingEscalation::overdue).count();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.home.page") + " — " + getTranslation("console.title");
    }
}
