package coop.khidma.ui.console.volunteers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.kiosk.VolunteerForm;
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
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
    private final Div opportunities = new Div();

    @Inject
    public VolunteersView(Volunteers volunteers, Clock clock) {
        this.volunteers = volunteers;
        addClassNames("console-page", "backoffice-volunteers");
        pending.setId("volunteers-pending");
        pending.addClassName("console-list");
        approved.setId("volunteers-approved");
        approved.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        approved.addColumn(VolunteerView::name).setHeader(getTranslation("backoffice.volunteers.name")).setAutoWidth(true);
        approved.addColumn(VolunteerView::mobile).setHeader(getTranslation("backoffice.volunteers.mobile"))
                .setAutoWidth(true);
        approved.addColumn(this::skills).setHeader(getTranslation("backoffice.volunteers.skills"));
        approved.addColumn(this::availability).setHeader(getTranslation("backoffice.volunteers.availability"));
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
                .column("backoffice.volunteers.skills", (volunteer, locale) -> skills(volunteer, locale))
                .column("backoffice.volunteers.interests", (volunteer, locale) -> volunteer.interests().stream()
                        .map(interest -> getTranslation(locale, "services.interest." + interest.name())).sorted()
                        .collect(Collectors.joining(separator(locale))))
                .column("backoffice.volunteers.availability", (volunteer, locale) -> availability(volunteer, locale))
                .rows(() -> CsvExport.all(volunteers.inStatus(VolunteerStatus.PENDING))).link());
    }

    private Component approvedExport() {
        return bar(CsvExport.<VolunteerView>named("volunteers")
                .column("backoffice.volunteers.name", VolunteerView::name)
                .column("backoffice.volunteers.mobile", VolunteerView::mobile)
                .column("backoffice.volunteers.skills", (volunteer, locale) -> skills(volunteer, locale))
                .column("backoffice.volunteers.availability", (volunteer, locale) -> availability(volunteer, locale))
                .rows(() -> CsvExport.all(volunteers.inStatus(VolunteerStatus.APPROVED))).link());
    }

    private Component opportunitiesExport() {
        return bar(CsvExport.<OpportunityView>named("opportunities")
                .column("backoffice.opportunity.title", OpportunityView::title)
                .column("backoffice.opportunity.day", (opportunity, locale) -> HijriDates.both(opportunity.onDay(),
                        locale))
                .column("backoffice.opportunity.part", (opportunity, locale) -> getTranslation(locale,
                        "services.daypart." + opportunity.dayPart().name()))
                .column("backoffice.opportunity.skills", (opportunity, locale) -> opportunity.skills().isEmpty()
                        ? getTranslation(locale, "backoffice.opportunity.anySkill")
                        : names(opportunity.skills(), skill -> getTranslation(locale, "services.skill." + skill.name()),
                                locale))
                .column("backoffice.opportunity.needed", opportunity -> String.valueOf(opportunity.needed()))
                .column("backoffice.opportunities.on", (opportunity, locale) -> String.join(separator(locale),
                        opportunity.volunteers()))
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
        long id = volunteer.id();
        Span name = new Span(volunteer.name());
        name.addClassName("backoffice-name");
        Div heading = new Div(name, new Span(volunteer.mobile()),
                Facts.muted(getTranslation("backoffice.volunteers.signedUp", Dates.both(volunteer.signedUpAt(), getLocale()))));
        heading.addClassName("console-list-heading");
        Div facts = new Div(
                Facts.fact(getTranslation("backoffice.volunteers.skills"), skills(volunteer)),
                Facts.fact(getTranslation("backoffice.volunteers.interests"), volunteer.interests().stream()
                        .map(interest -> getTranslation("services.interest." + interest.name())).sorted()
                        .collect(Collectors.joining(separator()))),
                Facts.fact(getTranslation("backoffice.volunteers.availability"), availability(volunteer)));
        facts.addClassName("request-facts");
        Button approve = new Button(getTranslation("backoffice.volunteers.approve"), VaadinIcon.CHECK.create(),
                click -> act(() -> volunteers.approve(volunteer.ref()),
                        getTranslation("backoffice.volunteers.approved.done", volunteer.name())));
        approve.setId("approve-" + id);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        TextField reason = new TextField();
        reason.setId("decline-reason-" + id);
        reason.setPlaceholder(getTranslation("backoffice.volunteers.declineReason"));
        reason.setMinWidth("22rem");
        Button decline = new Button(getTranslation("backoffice.volunteers.decline"), VaadinIcon.CLOSE_SMALL.create(),
                click -> act(() -> volunteers.decline(volunteer.ref(), reason.getValue()),
                        getTranslation("backoffice.volunteers.declined.done", volunteer.name())));
        decline.setId("decline-" + id);
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(approve, reason, decline);
        actions.addClassName("request-actions");
        Div card = new Div(heading, facts, actions);
        card.setId("volunteer-" + id);
        card.addClassName("console-list-card");
        return card;
    }

    private Component opportunityCard(OpportunityView opportunity) {
        long id = opportunity.id();
        Span title = new Span(opportunity.title());
        title.addClassName("backoffice-name");
        Span count = new Span(getTranslation("backoffice.opportunities.count", opportunity.volunteers().size(),
                opportunity.needed()));
        count.setId("opportunity-count-" + id);
        count.getElement().getThemeList().add(opportunity.full() ? "badge success" : "badge contrast");
        Div heading = new Div(title, count);
        heading.addClassName("console-list-heading");
        Div facts = new Div(
                Facts.fact(getTranslation("backoffice.opportunity.day"), HijriDates.both(opportunity.onDay(), getLocale())
                        + " — "
                        + getTranslation("services.daypart." + opportunity.dayPart().name())),
                Facts.fact(getTranslation("backoffice.opportunity.skills"), opportunity.skills().isEmpty()
                        ? getTranslation("backoffice.opportunity.anySkill")
                        : names(opportunity.skills(), skill -> getTranslation("services.skill." + skill.name()))),
                Facts.fact(getTranslation("backoffice.opportunities.on"), opportunity.volunteers().isEmpty()
                        ? getTranslation("backoffice.opportunities.nobody")
                        : String.join(separator(), opportunity.volunteers())));
        facts.addClassName("request-facts");
        facts.setId("opportunity-facts-" + id);
        Div card = new Div(heading, facts);
        if (!opportunity.full()) {
            card.add(candidates(opportunity));
        }
        card.setId("opportunity-" + id);
        card.addClassName("console-list-card");
        return card;
    }

    private Component candidates(OpportunityView opportunity) {
        Div list = new Div();
        list.setId("candidates-" + opportunity.id());
        list.addClassName("backoffice-candidates");
        List<VolunteerView> fitting = volunteers.candidates(opportunity.id());
        list.add(Facts.muted(fitting.isEmpty() ? getTranslation("backoffice.opportunities.noCandidates")
                : getTranslation("backoffice.opportunities.candidates")));
        fitting.forEach(volunteer -> {
            Button assign = new Button(getTranslation("backoffice.opportunities.assign"), VaadinIcon.PLUS.create(),
                    click -> act(() -> volunteers.assign(opportunity.id(), opportunity.version(), volunteer.id()),
                            getTranslation("backoffice.opportunities.assigned", volunteer.name(), opportunity.title())));
            assign.setId("assign-" + opportunity.id() + "-" + volunteer.id());
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div row = new Div(new Span(volunteer.name()), Facts.muted(skills(volunteer)), assign);
            row.addClassName("backoffice-candidate");
            list.add(row);
        });
        return list;
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

    private String skills(VolunteerView volunteer) {
        return skills(volunteer, getLocale());
    }

    private String skills(VolunteerView volunteer, Locale locale) {
        return volunteer.skills().isEmpty() ? "—"
                : names(volunteer.skills(), skill -> getTranslation(locale, "services.skill." + skill.name()), locale);
    }

    private String availability(VolunteerView volunteer) {
        return availability(volunteer, getLocale());
    }

    private String availability(VolunteerView volunteer, Locale locale) {
        return volunteer.days().stream().sorted(Comparator.comparing(VolunteerForm.WEEK::indexOf))
                .map(day -> day.getDisplayName(TextStyle.FULL, locale)).collect(Collectors.joining(separator(locale)))
                + " — " + names(volunteer.times(), part -> getTranslation(locale, "services.daypart." + part.name()),
                locale);
    }

    private <T extends Enum<T>> String names(Collection<T> values, Function<T, String> name) {
        return names(values, name, getLocale());
    }

    private static <T extends Enum<T>> String names(Collection<T> values, Function<T, String> name, Locale locale) {
        return values.stream().sorted().map(name).collect(Collectors.joining(separator(locale)));
    }

    private String separator() {
        return separator(getLocale());
    }

    private static String separator(Locale locale) {
        return Locales.isRightToLeft(locale) ? "، " : ", ";
    }



    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.volunteers.title") + " — " + getTranslation("console.title");
    }
}
