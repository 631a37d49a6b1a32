package coop.khidma.ui.console.volunteers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import coop.khidma.ui.shared.ErrorMessages;
import coop.khidma.volunteering.boundary.OpportunityView;
import coop.khidma.volunteering.boundary.VolunteerView;
import coop.khidma.volunteering.boundary.Volunteers;
import coop.khidma.volunteering.entity.VolunteerStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The volunteering service (one of the policy's channels): sign-ups from the kiosk waiting for a decision (approve, or
 * decline with the message the volunteer receives), the approved volunteers with their skills and availability, and
 * opportunities — what, when, how many — with the approved volunteers who fit each, to put on it.
 */
@Route(value = "console/volunteers", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
public class VolunteersView extends Div implements HasDynamicTitle {

    private final Volunteers volunteers;
    private final Div pending = new Div();
    private final Grid<VolunteerView> approved = new Grid<>();
    /** The approved volunteers, as the grid shows and the CSV exports them. */
    private final Columns<VolunteerView> approvedColumns = new Columns<VolunteerView>()
            .column("backoffice.volunteers.name", VolunteerView::name).autoWidth()
            .column("backoffice.volunteers.mobile", VolunteerView::mobile).autoWidth()
            .column("backoffice.volunteers.skills", VolunteerTexts::skills)
            .column("backoffice.volunteers.availability", VolunteerTexts::availability);
    private final Div opportunities = new Div();

    @Inject
    public VolunteersView(Volunteers volunteers, Clock clock) {
        this.volunteers = volunteers;
        addClassNames("console-page", "backoffice-volunteers");
        pending.setId("volunteers-pending");
        pending.addClassName("console-list");
        approved.setId("volunteers-approved");
        approved.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        approvedColumns.addTo(approved);
        approved.addComponentColumn(volunteer -> {
            Button revise = new Button(getTranslation("backoffice.volunteers.revise"), VaadinIcon.EDIT.create(),
                    click -> revise(volunteer));
            revise.setId("revise-" + volunteer.id());
            revise.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return revise;
        }).setAutoWidth(true).setFlexGrow(0);
        approved.setAllRowsVisible(true);
        opportunities.setId("opportunities");
        opportunities.addClassName("console-list");
        OpportunityForm form = new OpportunityForm(LocalDate.now(clock.withZone(HijriDates.RIYADH)).plusWeeks(1));
        form.addPlannedListener(planned -> plan(form, planned.typed()));
        add(new H2(getTranslation("backoffice.volunteers.title")),
                Facts.section(getTranslation("backoffice.volunteers.pending"), pendingExport(), pending),
                Facts.section(getTranslation("backoffice.volunteers.approved"), approvedExport(), approved),
                Facts.section(getTranslation("backoffice.opportunities.title"), form, opportunitiesExport(),
                        opportunities));
        refresh();
    }

    private Component pendingExport() {
        return bar(CsvExport.<VolunteerView>named("volunteers-pending")
                .column("backoffice.volunteers.name", VolunteerView::name)
                .column("backoffice.volunteers.mobile", VolunteerView::mobile)
                .column("backoffice.volunteers.signedUpOn", (volunteer, locale) -> Dates.both(volunteer.signedUpAt(),
                        locale))
                .column("backoffice.volunteers.skills", VolunteerTexts::skills)
                .column("backoffice.volunteers.interests", VolunteerTexts::interests)
                .column("backoffice.volunteers.availability", VolunteerTexts::availability)
                .rows(() -> CsvExport.all(volunteers.inStatus(VolunteerStatus.PENDING))).link());
    }

    private Component approvedExport() {
        return bar(CsvExport.<VolunteerView>named("volunteers").columns(approvedColumns)
                .rows(() -> CsvExport.all(volunteers.inStatus(VolunteerStatus.APPROVED))).link());
    }

    private Component opportunitiesExport() {
        return bar(CsvExport.<OpportunityView>named("opportunities")
                .column("backoffice.opportunity.title", OpportunityView::title)
                .column("backoffice.opportunity.day", (opportunity, locale) -> HijriDates.both(opportunity.onDay(),
                        locale))
                .column("backoffice.opportunity.part", (opportunity, locale) -> getTranslation(locale,
                        "services.daypart." + opportunity.dayPart().name()))
                .column("backoffice.opportunity.skills", VolunteerTexts::skillsWanted)
                .column("backoffice.opportunity.needed", opportunity -> String.valueOf(opportunity.needed()))
                .column("backoffice.opportunities.on", (opportunity, locale) -> String.join(
                        VolunteerTexts.separator(locale), opportunity.volunteers()))
                .rows(() -> CsvExport.all(volunteers.upcoming())).link());
    }

    private static Div bar(Component link) {
        Div bar = new Div(link);
        bar.addClassName("console-filters");
        return bar;
    }

    private void refresh() {
        pending.removeAll();
        List<VolunteerView> waiting = volunteers.inStatus(VolunteerStatus.PENDING);
        if (waiting.isEmpty()) {
            pending.add(new Paragraph(getTranslation("backoffice.volunteers.none")));
        }
        waiting.forEach(volunteer -> pending.add(pendingCard(volunteer)));
        approved.setItems(volunteers.inStatus(VolunteerStatus.APPROVED));
        opportunities.removeAll();
        List<OpportunityView> upcoming = volunteers.upcoming();
        if (upcoming.isEmpty()) {
            opportunities.add(new Paragraph(getTranslation("backoffice.opportunities.none")));
        }
        upcoming.forEach(opportunity -> opportunities.add(opportunityCard(opportunity)));
    }

    private Component pendingCard(VolunteerView volunteer) {
        VolunteerCard card = new VolunteerCard(volunteer);
        card.addApprovedListener(approval -> act(() -> volunteers.approve(volunteer.ref()),
                getTranslation("backoffice.volunteers.approved.done", volunteer.name())));
        card.addDeclinedListener(declined -> act(() -> volunteers.decline(volunteer.ref(), declined.typed()),
                getTranslation("backoffice.volunteers.declined.done", volunteer.name())));
        return card;
    }

    private Component opportunityCard(OpportunityView opportunity) {
        OpportunityCard card = new OpportunityCard(opportunity,
                opportunity.full() ? List.of() : volunteers.candidates(opportunity.id()));
        card.addAssignedListener(assigned -> act(() -> volunteers.assign(opportunity.id(), opportunity.version(),
                        assigned.typed().id()),
                getTranslation("backoffice.opportunities.assigned", assigned.typed().name(), opportunity.title())));
        return card;
    }

    private void revise(VolunteerView volunteer) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("backoffice.volunteers.reviseTitle", volunteer.name()));
        OfferForm form = new OfferForm(volunteer);
        form.addRevisedListener(revised -> {
            try {
                volunteers.revise(volunteer.ref(), revised.typed());
            } catch (RuntimeException failure) {
                ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
                return;
            }
            dialog.close();
            done(getTranslation("backoffice.volunteers.revised", volunteer.name()));
        });
        dialog.add(form);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private void plan(OpportunityForm form, OpportunityForm.Typed typed) {
        try {
            volunteers.plan(typed.title(), typed.onDay(), typed.dayPart(), typed.skills(), typed.needed());
        } catch (RuntimeException failure) {
            ErrorMessages.showAt(failure, getLocale(), form::showError);
            return;
        }
        done(getTranslation("backoffice.opportunities.planned", typed.title().strip()));
    }

    private void act(Supplier<?> action, String success) {
        try {
            action.get();
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
            return;
        }
        done(success);
    }

    private void done(String message) {
        Facts.success(message);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.volunteers.title") + " — " + getTranslation("console.title");
    }
}
