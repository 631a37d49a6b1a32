package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.intake.boundary.AttachmentRow;
import coop.khidma.intake.boundary.Paper;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.control.Urgency;
import coop.khidma.intake.entity.ItemState;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.membership.boundary.Registrations;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.StaffAccounts;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.CommitteeWindow;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.SignedIn;
import coop.khidma.ui.console.Timeline;
import coop.khidma.ui.console.members.MemberView;
import coop.khidma.ui.shared.Dates;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One member service request as staff work it: the requester (and applicant), the checklist item by item with who
 * verified what, when and how, the actions its status allows, a referral to the higher authority, the letters sent,
 * and everything that happened to it. Every action carries the version on the screen; when someone else changed the
 * request meanwhile, the person is told to reload and what they typed stays where it was.
 */
@Route(value = "console/request", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
public class RequestDetailView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final Set<String> RAISERS = Set.of(Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR);
    private static final Set<String> WORKERS = Set.of(Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN);

    private final Requests requests;
    private final Reviews reviews;
    private final Escalations escalations;
    private final Outbox outbox;
    private final Registrations registrations;
    private final Set<String> roles;
    private RequestView request;
    private Registrations.Registered registered;

    @Inject
    public RequestDetailView(Requests requests, Reviews reviews, Escalations escalations, Outbox outbox,
                             Registrations registrations, StaffAccounts accounts) {
        this.requests = requests;
        this.reviews = reviews;
        this.escalations = escalations;
        this.outbox = outbox;
        this.registrations = registrations;
        this.roles = SignedIn.of(accounts).roles();
        addClassName("console-page");
        addClassName("request-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        request = requests.detail(reference);
        render();
    }

    private void render() {
        removeAll();
        setId("request-detail");
        Button reload = new Button(getTranslation("console.request.reload"), VaadinIcon.REFRESH.create(),
                click -> reload());
        reload.setId("request-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span status = new Span(getTranslation("status." + request.status()));
        status.setId("request-status");
        status.getElement().getThemeList().add("badge");
        Div title = new Div(new H2(getTranslation("console.request.title", request.ref().reference())), status, reload);
        title.addClassName("request-title");
        add(title, summary());
        if (request.applicant() != null) {
            add(applicant());
        }
        if (request.needsCommittee()) {
            reviews.window(request.ref().reference()).ifPresent(window -> add(committeeWindow(window)));
        }
        if (registered != null || request.membershipNumber() != null) {
            add(membership());
        }
        add(checklist(), actions(), papers(), correspondence(), timeline());
    }

    private void reload() {
        request = requests.detail(request.ref().reference());
        render();
    }

    // ---- what the request is ----------------------------------------------------------------------------------

    private Component summary() {
        Div facts = new Div();
        facts.addClassName("request-facts");
        Facts.fact(facts, "request-type", "console.inbox.type", getTranslation("requestType." + request.typeCode()));
        Facts.fact(facts, "request-channel", "console.inbox.channel", getTranslation("channel." + request.channel()));
        Facts.fact(facts, "request-submitted", "console.inbox.submitted", Dates.both(request.submittedAt(), getLocale()));
        Facts.fact(facts, "request-requester", "console.inbox.requester", request.requesterName());
        Facts.fact(facts, "request-mobile", "console.request.mobile", request.requesterMobile());
        Facts.fact(facts, "request-assignee", "console.request.assignee",
                request.assignee() == null ? getTranslation("console.request.nobody") : request.assignee());
        if (request.status().isOpen()) {
            Facts.fact(facts, "request-due", "console.due.label", request.dueOn() == null
                    ? getTranslation("console.due.waitingOnMember") : HijriDates.both(request.dueOn(), getLocale()));
            if (request.urgency() == Urgency.OVERDUE || request.urgency() == Urgency.DUE_SOON) {
                facts.add(urgencyBadge(request.urgency(), "request-urgency"));
            }
        }
        if (request.details() != null) {
            Facts.fact(facts, "request-details", "console.request.details", request.details());
        }
        if (request.outcome() != null) {
            Facts.fact(facts, "request-outcome", "console.request.outcome", request.outcome());
        }
        return facts;
    }

    private Component applicant() {
        RequestView.ApplicantView person = request.applicant();
        Div facts = new Div();
        facts.addClassName("request-facts");
        facts.setId("request-applicant");
        Facts.fact(facts, "applicant-id", "console.request.nationalId", person.nationalId());
        Facts.fact(facts, "applicant-ar", "console.request.nameArabic", person.nameArabic());
        Facts.fact(facts, "applicant-latin", "console.request.nameLatin", person.nameLatin());
        Facts.fact(facts, "applicant-city", "console.request.city", person.city());
        Facts.fact(facts, "applicant-shares", "console.request.shares", String.valueOf(person.shares()));
        return section("console.request.applicant", facts);
    }

    /** The committee's window in both calendars, each stop of its clock, and (for staff) stopping or restarting it. */
    private Component committeeWindow(CommitteeWindow window) {
        Div facts = new Div();
        facts.addClassName("request-facts");
        facts.setId("handover");
        Facts.fact(facts, "handover-on", "console.request.handedOver", HijriDates.both(window.handedOverOn(), getLocale()));
        Facts.fact(facts, "handover-earliest", "console.committee.earliest", window.earliestDecision() == null
                ? getTranslation("console.window.stopped") : HijriDates.both(window.earliestDecision(), getLocale()));
        Facts.fact(facts, "handover-expected", "console.request.expected", window.expectedDecision() == null
                ? getTranslation("console.window.stopped") : HijriDates.both(window.expectedDecision(), getLocale()));
        Div stops = new Div();
        stops.setId("clock-stops");
        stops.addClassName("request-list");
        for (CommitteeWindow.Stop stop : window.stops()) {
            String until = stop.toInclusive() == null ? getTranslation("console.window.stillWaiting")
                    : HijriDates.both(stop.toInclusive(), getLocale());
            Div row = new Div(new Span(getTranslation("console.window.stop", HijriDates.both(stop.from(), getLocale()),
                    until)), new Span(stop.reason()), new Span(stop.by()));
            row.addClassName("request-list-row");
            stops.add(row);
        }
        Div section = new Div(facts, stops);
        if (!window.decided() && roles.contains(Roles.STAFF)) {
            section.add(clockActions(window));
        }
        return section("console.request.handOver", section);
    }

    private Component clockActions(CommitteeWindow window) {
        DatePicker day = Facts.datePicker(getTranslation("console.window.day"), LocalDate.now(HijriDates.RIYADH),
                getLocale(), getTranslation("backoffice.date.today"), getTranslation("backoffice.date.cancel"));
        day.setId("clock-day");
        Div group = new Div(day);
        group.addClassName("request-action-text");
        if (window.paused()) {
            Button restart = new Button(getTranslation("console.window.restart"), VaadinIcon.PLAY.create(),
                    click -> clock(() -> reviews.resumeClock(window.agendaId(), day.getValue()), day, null));
            restart.setId("clock-restart");
            group.add(restart);
        } else {
            TextField reason = new TextField();
            reason.setId("clock-reason");
            reason.setPlaceholder(getTranslation("console.window.reason"));
            Button stop = new Button(getTranslation("console.window.stopAction"), VaadinIcon.PAUSE.create(),
                    click -> clock(() -> reviews.pause(window.agendaId(), day.getValue(), reason.getValue()), day,
                            reason));
            stop.setId("clock-stop");
            group.add(reason, stop);
        }
        return group;
    }

    /** Stops or restarts the committee's clock; a broken rule is shown at the field it concerns. */
    private void clock(Runnable change, DatePicker day, TextField reason) {
        try {
            change.run();
        } catch (RuntimeException failure) {
            ErrorMessages.showAt(failure, getLocale(), (key, message) -> Facts.showAt(
                    key.startsWith("rule.reason.") ? reason : key.startsWith("rule.review.") ? day : null, message));
            return;
        }
        done("console.request.done");
        reload();
    }

    private Component membership() {
        String number = registered != null ? registered.membershipNumber() : request.membershipNumber();
        Div facts = new Div();
        facts.addClassName("request-facts");
        Facts.fact(facts, "membership-number", "console.request.membershipNumber", number);
        Anchor certificate = new Anchor("console/print/certificate?reference=" + request.ref().reference(),
                getTranslation("console.request.certificate"));
        certificate.setId("print-certificate");
        certificate.setTarget("_blank");
        RouterLink page = new RouterLink(getTranslation("console.member.open"), MemberView.class, number);
        page.setId("member-page");
        facts.add(certificate, page);
        return section("console.request.membership", facts);
    }

    // ---- the checklist -----------------------------------------------------------------------------------------

    private Component checklist() {
        Div list = new Div();
        list.setId("checklist");
        list.addClassName("request-checklist");
        boolean editable = request.status() == RequestStatus.IN_INTAKE && works();
        for (RequestView.Item item : request.items()) {
            list.add(item(item, editable && item.state() != ItemState.VERIFIED));
        }
        return section("console.request.checklist", list);
    }

    private Component item(RequestView.Item item, boolean editable) {
        Span label = new Span(arabic() ? item.labelArabic() : item.labelEnglish());
        label.addClassName("checklist-label");
        Span kind = new Span(getTranslation("itemKind." + item.kind())
                + (item.mandatory() ? "" : " · " + getTranslation("console.request.optional")));
        kind.addClassName("checklist-kind");
        Span state = new Span(getTranslation("itemState." + item.state()));
        state.setId("item-state-" + item.code());
        state.getElement().getThemeList().add(switch (item.state()) {
            case VERIFIED -> "badge success";
            case MISSING -> "badge error";
            default -> "badge contrast";
        });
        Div row = new Div(new Div(label, kind), state);
        row.setId("item-" + item.code());
        row.addClassName("checklist-item");
        if (item.state() == ItemState.VERIFIED) {
            Span how = new Span(getTranslation("console.request.verifiedHow", getTranslation("verification."
                    + item.method()), item.verifiedBy(), when(item.verifiedAt())));
            how.setId("item-how-" + item.code());
            how.addClassName("checklist-how");
            row.add(how);
        }
        if (item.state() == ItemState.MISSING) {
            Span why = new Span(getTranslation("console.request.missingWhy", item.missingReason()));
            why.setId("item-why-" + item.code());
            why.addClassName("checklist-how");
            row.add(why);
        }
        if (editable) {
            row.add(itemActions(item));
        }
        return row;
    }

    private Component itemActions(RequestView.Item item) {
        ComboBox<VerificationMethod> method = new ComboBox<>();
        method.setId("verify-method-" + item.code());
        method.setPlaceholder(getTranslation("console.request.method"));
        method.setItems(Arrays.stream(VerificationMethod.values()).filter(m -> m.fits(item.kind())).toList());
        method.setItemLabelGenerator(value -> getTranslation("verification." + value));
        Button verify = new Button(getTranslation("console.request.verify"), VaadinIcon.CHECK.create(), click -> {
            if (method.isEmpty()) {
                method.setInvalid(true);
                method.setErrorMessage(getTranslation("console.register.choose"));
                return;
            }
            act(() -> requests.verifyItem(ref(), item.code(), method.getValue()), "console.request.done.verify");
        });
        verify.setId("verify-" + item.code());
        TextField reason = new TextField();
        reason.setId("missing-reason-" + item.code());
        reason.setPlaceholder(getTranslation("console.request.missingReason"));
        Button missing = new Button(getTranslation("console.request.markMissing"), VaadinIcon.CLOSE_SMALL.create(),
                click -> act(() -> requests.markMissing(ref(), item.code(), reason.getValue()),
                        "console.request.done.missing"));
        missing.setId("missing-" + item.code());
        Div actions = new Div(method, verify, reason, missing);
        actions.addClassName("checklist-actions");
        return actions;
    }

    // ---- the actions the status allows -------------------------------------------------------------------------

    private Component actions() {
        Div bar = new Div();
        bar.setId("request-actions");
        bar.addClassName("request-actions");
        if (works()) {
            workflowActions(bar);
            escalate(bar);
        }
        Anchor form = new Anchor("console/print/request?reference=" + request.ref().reference(),
                getTranslation("console.request.printForm"));
        form.setId("print-form");
        form.setTarget("_blank");
        bar.add(form);
        return section("console.request.actions", bar);
    }

    private void workflowActions(Div bar) {
        RequestStatus status = request.status();
        switch (status) {
            case SUBMITTED -> bar.add(button("action-start-intake", "console.request.startIntake",
                    () -> requests.startIntake(ref())));
            case IN_INTAKE -> bar.add(
                    button("action-return", "console.request.return", () -> requests.returnToMember(ref())),
                    button("action-complete-intake", "console.request.completeIntake",
                            () -> requests.completeIntake(ref())));
            case RETURNED -> bar.add(button("action-resume", "console.request.resume", () -> requests.resume(ref())));
            case VERIFIED -> bar.add(request.needsCommittee()
                    ? button("action-hand-over", "console.request.handOver.action", this::handToCommittee)
                    : button("action-start-service", "console.request.startService",
                    () -> requests.startService(ref())));
            case BEING_SERVED -> withText(bar, "resolve", "console.request.answer", "console.request.resolve",
                    answer -> requests.resolve(ref(), answer));
            case ACCEPTED -> {
                if (request.application()) {
                    bar.add(button("action-register", "console.request.register", this::completeRegistration));
                }
            }
            default -> {
                // a closed request has no more actions
            }
        }
        if (status.isOpen()) {
            withText(bar, "withdraw", "console.request.withdrawReason", "console.request.withdraw",
                    reason -> requests.withdraw(ref(), reason));
        }
    }

    private RequestView handToCommittee() {
        reviews.handToCommittee(ref());
        return requests.detail(request.ref().reference());
    }

    private RequestView completeRegistration() {
        registered = registrations.complete(ref());
        return requests.detail(request.ref().reference());
    }

    private void escalate(Div bar) {
        if (!request.status().isOpen() || roles.stream().noneMatch(RAISERS::contains)) {
            return;
        }
        TextArea reason = new TextArea();
        reason.setId("escalate-reason");
        reason.setPlaceholder(getTranslation("console.request.escalateReason"));
        Button raise = new Button(getTranslation("console.request.escalate"), VaadinIcon.ARROW_UP.create(), click -> {
            try {
                escalations.raise(request.ref().reference(), reason.getValue());
            } catch (RuntimeException failure) {
                ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
                return;
            }
            done("console.request.done.escalated");
            reload();
        });
        raise.setId("action-escalate");
        Div group = new Div(reason, raise);
        group.addClassName("request-action-text");
        bar.add(group);
    }

    private Button button(String id, String labelKey, Supplier<RequestView> action) {
        Button button = new Button(getTranslation(labelKey), click -> act(action, "console.request.done"));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void withText(Div bar, String id, String placeholderKey, String labelKey,
                          java.util.function.Function<String, RequestView> action) {
        TextArea text = new TextArea();
        text.setId(id + "-text");
        text.setPlaceholder(getTranslation(placeholderKey));
        Button button = new Button(getTranslation(labelKey), click -> act(() -> action.apply(text.getValue()),
                "console.request.done"));
        button.setId("action-" + id);
        Div group = new Div(text, button);
        group.addClassName("request-action-text");
        bar.add(group);
    }

    /** Runs one change; on failure says why and leaves the screen (and what was typed) as it is. */
    private void act(Supplier<RequestView> action, String doneKey) {
        RequestView changed;
        try {
            changed = action.get();
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
            return;
        }
        request = changed;
        done(doneKey);
        render();
    }

    private void done(String key) {
        Notification notice = Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    // ---- papers, letters and the timeline -----------------------------------------------------------------------

    /** The papers kept with the request, each opened on demand (the opening is audited); staff add one while open. */
    private Component papers() {
        Div list = new Div();
        list.setId("papers");
        list.addClassName("request-list");
        if (request.attachments().isEmpty()) {
            list.add(Facts.muted(getTranslation("console.paper.none")));
        }
        String reference = request.ref().reference();
        for (AttachmentRow paper : request.attachments()) {
            Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> {
                Paper.Kept kept = requests.paper(reference, paper.id());
                return new DownloadResponse(new ByteArrayInputStream(kept.content()), kept.fileName(),
                        kept.contentType(), kept.content().length);
            }), paper.fileName());
            open.setId("paper-" + paper.id());
            open.setTarget("_blank");
            Span what = new Span(getTranslation("console.paper.kept", paper.contentType(),
                    Math.max(1, paper.sizeBytes() / 1024), paper.uploadedBy(), when(paper.uploadedAt())));
            what.addClassName("request-list-when");
            Div row = new Div(open, what);
            row.addClassName("request-list-row");
            list.add(row);
        }
        Div content = new Div(list);
        if (works() && request.status().isOpen()) {
            PaperField add = new PaperField("attach", "console.paper.attach");
            add.addChosenListener(chosen -> {
                try {
                    request = requests.attach(ref(), chosen.typed());
                } catch (RuntimeException failure) {
                    add.refuse(ErrorMessages.messageFor(failure, getLocale()));
                    return;
                }
                done("console.paper.done");
                render();
            });
            content.add(add);
        }
        return section("console.paper.title", content);
    }

    private Span urgencyBadge(Urgency urgency, String id) {
        Span badge = new Span(getTranslation("console.due." + urgency));
        badge.setId(id);
        badge.getElement().getThemeList().add(urgency == Urgency.OVERDUE ? "badge error" : "badge");
        return badge;
    }

    private Component correspondence() {
        Div list = new Div();
        list.setId("correspondence");
        list.addClassName("request-list");
        for (Message message : outbox.forRequest(request.ref().reference())) {
            Span what = new Span(getTranslation("messageKind." + message.kind()) + " · "
                    + getTranslation("messageChannel." + message.channel()) + " · "
                    + getTranslation("messageState." + message.state()));
            Span when = new Span(when(message.createdAt()));
            when.addClassName("request-list-when");
            Anchor print = new Anchor("console/print/letter?reference=" + request.ref().reference() + "&id="
                    + message.id(), getTranslation("console.request.printLetter"));
            print.setTarget("_blank");
            print.setId("print-letter-" + message.id());
            Div row = new Div(when, what, print);
            row.addClassName("request-list-row");
            row.addClassName("letter-" + message.kind());
            list.add(row);
        }
        return section("console.request.correspondence", list);
    }

    private Component timeline() {
        return section("console.request.timeline", new Timeline("timeline", requests.timeline(request.ref().reference())));
    }

    private Component section(String titleKey, Component content) {
        Div section = new Div(new H3(getTranslation(titleKey)), content);
        section.addClassName("console-section");
        return section;
    }

    private String when(Instant at) {
        return Timeline.when(at, getLocale());
    }

    private RequestRef ref() {
        return request.ref();
    }

    private boolean works() {
        return roles.stream().anyMatch(WORKERS::contains);
    }

    private boolean arabic() {
        return "ar".equals(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.request.title", request == null ? "" : request.ref().reference()) + " — "
                + getTranslation("console.title");
    }
}
