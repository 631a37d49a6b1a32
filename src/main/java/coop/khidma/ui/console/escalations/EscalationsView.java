package coop.khidma.ui.console.escalations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.escalation.boundary.WaitingEscalation;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.requests.RequestDetailView;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;

/**
 * Referrals waiting at my level of the higher authority (policy item 3), the most urgent first, each with the last
 * working day it has and the time left before it climbs to the next level; answered here with a text, which the
 * member is then written. Supervisors and the director answer their levels, never their own referrals (the boundary
 * decides which).
 */
@Route(value = "console/escalations", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR})
public class EscalationsView extends Div implements HasDynamicTitle {

    private final Escalations escalations;
    private final Div list = new Div();

    @Inject
    public EscalationsView(Escalations escalations) {
        this.escalations = escalations;
        addClassName("console-page");
        list.setId("escalations");
        list.addClassName("console-list");
        Div bar = new Div(CsvExport.<WaitingEscalation>named("escalations")
                .column("console.inbox.reference", WaitingEscalation::reference)
                .column("admin.escalations.level", (row, locale) -> getTranslation(locale, "escalation.level." + row.levelCode()))
                .column("admin.escalations.reason", WaitingEscalation::reason)
                .column("admin.escalations.raised", (row, locale) -> Dates.bothWithTime(row.raisedAt(), locale))
                .column("admin.escalations.due", (row, locale) -> HijriDates.both(row.dueBy(), locale))
                .column("admin.escalations.overdue", (row, locale) -> getTranslation(locale,
                        row.overdue() ? "admin.yes" : "admin.no"))
                .rows(() -> CsvExport.all(escalations.waitingAtMyLevel())).link());
        bar.addClassName("console-filters");
        add(new H2(getTranslation("console.escalations.title")), bar, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<WaitingEscalation> waiting = escalations.waitingAtMyLevel();
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("console.escalations.none"));
            none.setId("escalations-none");
            list.add(none);
        }
        waiting.forEach(escalation -> list.add(card(escalation)));
    }

    private Component card(WaitingEscalation escalation) {
        RouterLink file = new RouterLink(escalation.reference(), RequestDetailView.class, escalation.reference());
        file.setId("escalation-file-" + escalation.id());
        Span level = new Span(getTranslation("escalation.level." + escalation.levelCode()));
        level.getElement().getThemeList().add("badge");
        Span left = new Span(timeLeft(escalation.timeLeft()));
        left.setId("escalation-left-" + escalation.id());
        left.getElement().getThemeList().add(escalation.overdue() ? "badge error" : "badge contrast");
        Div heading = new Div(file, level, left);
        heading.addClassName("console-list-heading");
        if (escalation.climbedFrom() != null) {
            Span climbed = new Span(getTranslation("console.escalations.climbedFrom",
                    getTranslation("escalation.level." + escalation.climbedFrom())));
            climbed.setId("escalation-climbed-" + escalation.id());
            climbed.getElement().getThemeList().add("badge error");
            heading.add(climbed);
        }
        Paragraph reason = new Paragraph(escalation.reason());
        reason.setId("escalation-reason-" + escalation.id());
        Span dates = new Span(getTranslation("console.escalations.dates", Dates.both(escalation.raisedAt(), getLocale()),
                HijriDates.both(escalation.dueBy(), getLocale())));
        dates.addClassName("console-muted");
        TextArea answer = new TextArea();
        answer.setId("escalation-answer-" + escalation.id());
        answer.setPlaceholder(getTranslation("console.escalations.answer"));
        answer.setWidthFull();
        Button send = new Button(getTranslation("console.escalations.send"), VaadinIcon.REPLY.create(),
                click -> answer(escalation, answer.getValue()));
        send.setId("escalation-send-" + escalation.id());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(heading, reason, dates, answer, send);
        card.setId("escalation-" + escalation.id());
        card.addClassName("console-list-card");
        return card;
    }

    private void answer(WaitingEscalation escalation, String text) {
        try {
            escalations.answer(escalation.id(), text);
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
            return;
        }
        Notification done = Notification.show(getTranslation("console.escalations.answered", escalation.reference()),
                4000, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private String timeLeft(Duration left) {
        if (left.isNegative() || left.isZero()) {
            Duration late = left.negated();
            return getTranslation("console.escalations.late", late.toDays(), late.toHoursPart());
        }
        return getTranslation("console.escalations.left", left.toDays(), left.toHoursPart());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.escalations.title") + " — " + getTranslation("console.title");
    }
}
