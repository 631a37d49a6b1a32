package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.control.RequestAction;
import coop.khidma.knowledge.boundary.Articles;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.membership.boundary.RegisterChanges;
import coop.khidma.membership.boundary.Registrations;
import coop.khidma.platform.security.Roles;
import coop.khidma.reception.boundary.Queue;
import coop.khidma.review.boundary.CommitteeWindow;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.NotAllowedView;
import coop.khidma.ui.console.Timeline;
import coop.khidma.ui.shared.ChannelChoice;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * One member service request as staff work it: the requester (and applicant), the checklist item by item with who
 * verified what, when and how, the counter ticket it was opened or found at (with the visit's waiting time), the
 * knowledge-base articles about its type (the staff's tools, one tap away), the steps the boundary allows the reader on it now ({@link RequestView#allowed}: the
 * page offers those and no other, and decides nothing itself), a referral to the higher authority, the letters sent,
 * and everything that happened to it. Every action carries the version on the screen; when someone else changed the
 * request meanwhile, the person is told to reload and what they typed stays where it was. The page is built from the
 * components beside it, which emit what was asked for; this view calls the boundaries.
 */
@Route(value = "console/request", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
public class RequestDetailView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final Requests requests;
    private final Reviews reviews;
    private final Escalations escalations;
    private final Outbox outbox;
    private final Registrations registrations;
    private final Queue queue;
    private final Articles articles;
    private final RegisterChanges registerChanges;
    private RequestView request;
    private Registrations.Registered registered;

    @Inject
    public RequestDetailView(Requests requests, Reviews reviews, Escalations escalations, Outbox outbox,
                             Registrations registrations, Queue queue, Articles articles,
                             RegisterChanges registerChanges) {
        this.queue = queue;
        this.articles = articles;
        this.requests = requests;
        this.reviews = reviews;
        this.escalations = escalations;
        this.outbox = outbox;
        this.registrations = registrations;
        this.registerChanges = registerChanges;
        addClassName("console-page");
        addClassName("request-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        NotAllowedView.unlessRefused(event, () -> {
            request = requests.detail(reference);
            render();
        });
    }

    private void render() {
        removeAll();
        setId("request-detail");
        RequestHeader header = new RequestHeader(request);
        header.addReloadListener(reload -> reload());
        add(header, new RequestFacts(request));
        if (!RequestType.changesRegister(request.typeCode())) {
            Span unchanged = Facts.muted(getTranslation("console.request.registerUnchanged"));
            unchanged.setId("register-unchanged");
            add(unchanged);
        }
        if (request.ticket() != null) {
            add(section("console.request.counterVisit", new CounterVisitFacts(request.ticket(),
                    queue.ticket(request.ticket().id()))));
        }
        add(section("console.request.articles", new ArticlesPanel(articles.concerning(request.typeCode()))));
        if (request.applicant() != null) {
            add(section("console.request.applicant", new ApplicantFacts(request.applicant())));
        }
        if (request.needsCommittee()) {
            reviews.window(reference()).ifPresent(window -> add(section("console.request.handOver",
                    committeeWindow(window))));
        }
        if (registered != null || request.membershipNumber() != null) {
            add(section("console.request.membership", new MembershipFacts(reference(),
                    registered != null ? registered.membershipNumber() : request.membershipNumber(),
                    request.application())));
        }
        add(section("console.request.checklist", checklist()), section("console.request.actions", actions()),
                section("console.paper.title", papers()),
                section("console.request.correspondence", correspondence()),
                section("console.request.timeline", new Timeline("timeline", requests.timeline(reference()))));
    }

    /** The letters about the request, and how the requester wants to be told while it is open. */
    private Component correspondence() {
        LettersPanel letters = new LettersPanel(reference(), outbox.forRequest(reference()));
        if (!request.status().isOpen()) {
            return letters;
        }
        return new Div(new ChannelChoice("request-preferred-channel", "console.request.preferredChannel",
                request.preferredChannel(), channel -> {
                    request = requests.preferChannel(ref(), channel);
                    render();
                }), letters);
    }

    private void reload() {
        request = requests.detail(reference());
        render();
    }

    private Component committeeWindow(CommitteeWindow window) {
        CommitteeWindowPanel panel = new CommitteeWindowPanel(window,
                request.allowed().contains(RequestAction.STOP_OR_RESTART_CLOCK));
        panel.addStoppedListener(stopped -> clock(panel,
                () -> reviews.pause(window.agendaId(), stopped.typed().day(), stopped.typed().reason())));
        panel.addRestartedListener(restarted -> clock(panel,
                () -> reviews.resumeClock(window.agendaId(), restarted.typed())));
        return panel;
    }

    /** Stops or restarts the committee's clock; a broken rule is shown at the field it concerns. */
    private void clock(CommitteeWindowPanel panel, Runnable change) {
        try {
            change.run();
        } catch (RuntimeException failure) {
            ErrorMessages.showAt(failure, getLocale(), panel::showError);
            return;
        }
        Facts.success(getTranslation("console.request.done"));
        reload();
    }

    private Component checklist() {
        ChecklistPanel checklist = new ChecklistPanel(request);
        checklist.addVerifiedListener(verified -> act(() -> requests.verifyItem(ref(), verified.typed().itemCode(),
                verified.typed().method()), "console.request.done.verify"));
        checklist.addProvidedListener(provided -> act(() -> requests.provide(ref(), provided.typed().itemCode(),
                provided.typed().note()), "console.request.done.given"));
        checklist.addMarkedMissingListener(missing -> act(() -> requests.markMissing(ref(), missing.typed().itemCode(),
                missing.typed().reason()), "console.request.done.missing"));
        return checklist;
    }

    private Component actions() {
        RequestActions actions = new RequestActions(request);
        actions.addActedListener(acted -> act(() -> take(acted.typed()), "console.request.done"));
        actions.addRaisedListener(raised -> escalate(raised.typed()));
        return actions;
    }

    /** The boundary's verb for each step the actions bar offers. */
    private RequestView take(RequestActions.Action action) {
        return switch (action.step()) {
            case START_INTAKE -> requests.startIntake(ref());
            case RETURN_TO_MEMBER -> requests.returnToMember(ref());
            case COMPLETE_INTAKE -> requests.completeIntake(ref());
            case RESUME -> requests.resume(ref());
            case HAND_TO_COMMITTEE -> handToCommittee();
            case START_SERVICE -> requests.startService(ref());
            case RESOLVE -> requests.resolve(ref(), action.text());
            case COMPLETE_REGISTRATION -> completeRegistration();
            case CARRY_OUT_IN_REGISTER -> carryOut(action.text());
            case WITHDRAW -> requests.withdraw(ref(), action.text());
            default -> throw new IllegalArgumentException("the actions bar offers no " + action.step());
        };
    }

    private RequestView handToCommittee() {
        reviews.handToCommittee(ref());
        return requests.detail(reference());
    }

    private RequestView completeRegistration() {
        registered = registrations.complete(ref());
        return requests.detail(reference());
    }

    private RequestView carryOut(String membershipNumber) {
        registerChanges.carryOut(ref(), membershipNumber);
        return requests.detail(reference());
    }

    private void escalate(String reason) {
        try {
            escalations.raise(reference(), reason);
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
            return;
        }
        Facts.success(getTranslation("console.request.done.escalated"));
        reload();
    }

    private Component papers() {
        PapersPanel papers = new PapersPanel(request.attachments(),
                request.allowed().contains(RequestAction.ATTACH_PAPER), paperId -> requests.paper(reference(), paperId));
        papers.addChosenListener(chosen -> {
            try {
                request = requests.attach(ref(), chosen.typed());
            } catch (RuntimeException failure) {
                papers.refuse(ErrorMessages.messageFor(failure, getLocale()));
                return;
            }
            Facts.success(getTranslation("console.paper.done"));
            render();
        });
        return papers;
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
        Facts.success(getTranslation(doneKey));
        render();
    }

    private Component section(String titleKey, Component content) {
        return Facts.titled(getTranslation(titleKey), content);
    }

    private String reference() {
        return request.ref().reference();
    }

    private RequestRef ref() {
        return request.ref();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.request.title", request == null ? "" : reference()) + " — "
                + getTranslation("console.title");
    }
}
