package coop.khidma.ui.console;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.intake.boundary.InboxRow;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** The shareholder-relations inbox: every member service request, newest first, paged from the server. */
@Route(value = "console", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class InboxView extends Div implements HasDynamicTitle {

    @Inject
    public InboxView(Requests requests) {
        addClassName("console-page");
        Grid<InboxRow> grid = new Grid<>();
        grid.setId("inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InboxRow::reference).setHeader(getTranslation("console.inbox.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InboxRow::requesterName).setHeader(getTranslation("console.inbox.requester")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("requestType." + row.typeCode()))
                .setHeader(getTranslation("console.inbox.type"));
        grid.addColumn(row -> getTranslation("channel." + row.channel()))
                .setHeader(getTranslation("console.inbox.channel"));
        grid.addColumn(row -> getTranslation("status." + row.status()))
                .setHeader(getTranslation("console.inbox.status"));
        grid.addColumn(row -> Dates.both(row.submittedAt(), getLocale()))
                .setHeader(getTranslation("console.inbox.submitted")).setAutoWidth(true);
        grid.setItems(query -> requests.inbox(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, requests.count()));
        grid.setSizeFull();
        Span total = new Span(getTranslation("console.inbox.total", requests.count()));
        total.addClassName("console-count");
        add(new H2(getTranslation("console.inbox.title")), total, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.inbox.title") + " — " + getTranslation("console.title");
    }
}
