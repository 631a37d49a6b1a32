package coop.khidma.ui.console.committee;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.StaffAccounts;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.AgendaRow;
import coop.khidma.review.boundary.CommitteeWindow;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.review.entity.Decision;
import coop.khidma.review.entity.RejectionCategory;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.SignedIn;
import coop.khidma.ui.console.requests.RequestDetailView;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The research committee's agenda (policy item 4): each item's window — handed over, the first day it may be decided
 * (the floor), the day the member was told (the ceiling), paused or not — in Hijri and Gregorian, a link to its
 * file, and the decision: accept, reject with reasons in Arabic and English, or defer. An administrator may record
 * the exception that lets the committee decide before the floor (the member's two weeks): a reason and the board's
 * decision. The day's minutes print from here.
 */
@Route(value = "console/committee", layout = ConsoleLayout.class)
@RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
public class CommitteeView extends Div implements HasDynamicTitle {

    private final Reviews reviews;
    private final Set<String> roles;
    private final Div list = new Div();

    @Inject
    public CommitteeView(Reviews reviews, StaffAccounts accounts) {
        this.reviews = reviews;
        this.roles = SignedIn.of(accounts).roles();
        addClassName("console-page");
        list.setId("agenda");
        list.addClassName("console-list");
        Anchor minutes = new Anchor("console/print/minutes", getTranslation("console.committee.minutes"));
        minutes.setId("print-minutes");
        minutes.setTarget("_blank");
        Div bar = new Div(new H2(getTranslation("console.committee.title")), minutes);
        bar.addClassName("request-title");
        add(bar, export(), list);
        refresh();
    }

    /** The agenda as listed: each item's window in Hijri and Gregorian, paused, overdue, deferred, floor lifted. */
    private Component export() {
        Div bar = new Div(CsvExport.<AgendaRow>named("agenda")
                .column("console.inbox.reference", AgendaRow::reference)
                .column("console.inbox.type", (row, locale) -> getTranslation(locale, "requestType." + row.typeCode()))
                .column("console.request.handedOver", (row, locale) -> day(row.handedOverOn(), locale))
                .column("console.committee.earliest", (row, locale) -> day(row.earliestDecision(), locale))
                .column("console.committee.due", (row, locale) -> day(row.expectedDecision(), locale))
                .column("console.committee.paused", (row, locale) -> yesNo(row.paused(), locale))
                .column("console.committee.overdue", (row, locale) -> yesNo(row.overdue(), locale))
                .column("console.committee.deferralCount", row -> String.valueOf(row.deferrals()))
                .column("console.committee.overridden", (row, locale) -> yesNo(row.floorOverridden(), locale))
                .rows(() -> CsvExport.all(reviews.agenda())).link());
        bar.addClassName("console-filters");
        return bar;
    }

    private String day(LocalDate day, Locale locale) {
        return day == null ? getTranslation(locale, "console.committee.stopped") : HijriDates.both(day, locale);
    }

    private String yesNo(boolean yes, Locale locale) {
        return getTranslation(locale, yes ? "admin.yes" : "admin.no");
    }

    private void refresh() {
        list.removeAll();
        var agenda = reviews.agenda();
        if (agenda.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("console.committee.none"));
            none.setId("agenda-none");
            list.add(none);
        }
        agenda.forEach(row -> list.add(card(row)));
    }

    private Component card(AgendaRow row) {
        RouterLink file = new RouterLink(row.reference(), RequestDetailView.class, row.reference());
        file.setId("agenda-file-" + row.reference());
        Div heading = new Div(file, new Span(getTranslation("requestType." + row.typeCode())));
        heading.addClassName("console-list-heading");
        if (row.overdue()) {
            heading.add(badge("console.committee.overdue", "badge error"));
        }
        if (row.paused()) {
            heading.add(badge("console.committee.paused", "badge contrast"));
        }
        if (row.deferrals() > 0) {
            heading.add(new Span(getTranslation("console.committee.deferrals", row.deferrals())));
        }
        if (row.floorOverridden()) {
            Span exception = new Span(getTranslation("console.committee.exception", row.exceptionBoardReference()));
            exception.getElement().getThemeList().add("badge");
            exception.setId("agenda-exception-" + row.reference());
            heading.add(exception);
        }
        Div window = new Div(date("console.request.handedOver", row.handedOverOn()),
                date("console.committee.earliest", row.earliestDecision()),
                date("console.committee.due", row.expectedDecision()));
        window.addClassName("request-facts");
        window.setId("agenda-window-" + row.reference());
        Div card = new Div(heading, window);
        for (CommitteeWindow.Stop stop : row.stops()) {
            Span stopped = new Span(getTranslation("console.window.stop", HijriDates.both(stop.from(), getLocale()),
                    stop.toInclusive() == null ? getTranslation("console.window.stillWaiting")
                            : HijriDates.both(stop.toInclusive(), getLocale())) + " — " + stop.reason());
            stopped.addClassName("agenda-stop");
            card.add(stopped);
        }
        if (roles.contains(Roles.COMMITTEE)) {
            card.add(decision(row));
        }
        if (roles.contains(Roles.ADMIN) && !row.floorOverridden()) {
            card.add(new EarlyDecisionException(reviews, row,
                    () -> done(getTranslation("console.committee.overridden"))));
        }
        card.setId("agenda-" + row.reference());
        card.addClassName("console-list-card");
        return card;
    }

    private Component decision(AgendaRow row) {
        String id = row.reference();
        TextArea arabic = new TextArea(getTranslation("console.committee.reasonArabic"));
        arabic.setId("reason-ar-" + id);
        arabic.getElement().setAttribute("dir", "rtl");
        TextArea english = new TextArea(getTranslation("console.committee.reasonEnglish"));
        english.setId("reason-en-" + id);
        english.getElement().setAttribute("dir", "ltr");
        ComboBox<RejectionCategory> category = new ComboBox<>(getTranslation("console.committee.category"));
        category.setId("reason-category-" + id);
        category.setItems(RejectionCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("rejectionCategory." + value));
        category.setHelperText(getTranslation("console.committee.category.help"));
        Button accept = decide(row, "accept-" + id, Decision.ACCEPT, category, arabic, english,
                ButtonVariant.LUMO_SUCCESS);
        Button reject = decide(row, "reject-" + id, Decision.REJECT, category, arabic, english,
                ButtonVariant.LUMO_ERROR);
        Button defer = decide(row, "defer-" + id, Decision.DEFER, category, arabic, english,
                ButtonVariant.LUMO_CONTRAST);
        Div reasons = new Div(category, arabic, english);
        reasons.addClassName("committee-reasons");
        Div buttons = new Div(accept, reject, defer);
        buttons.addClassName("request-actions");
        return new Div(reasons, buttons);
    }

    private Button decide(AgendaRow row, String id, Decision decision, ComboBox<RejectionCategory> category,
                          TextArea arabic, TextArea english, ButtonVariant variant) {
        Button button = new Button(getTranslation("decision." + decision), click -> {
            try {
                reviews.decide(row.id(), decision, category.getValue(), arabic.getValue(), english.getValue());
            } catch (RuntimeException failure) {
                ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
                return;
            }
            done(getTranslation("console.committee.decided", row.reference(), getTranslation("decision." + decision)));
        });
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private void done(String message) {
        Notification notice = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private Component badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private Component date(String labelKey, LocalDate day) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("request-fact-label");
        Span value = new Span(day == null ? getTranslation("console.committee.stopped") : HijriDates.both(day, getLocale()));
        value.addClassName("request-fact-value");
        Div fact = new Div(label, value);
        fact.addClassName("request-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.committee.title") + " — " + getTranslation("console.title");
    }
}
