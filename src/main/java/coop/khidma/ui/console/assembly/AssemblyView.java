package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.ui.console.assemblyday.AssemblyDayView;
import coop.khidma.assembly.boundary.Assemblies;
import coop.khidma.assembly.boundary.Invitations;
import coop.khidma.assembly.boundary.Proxies;
import coop.khidma.assembly.entity.AssemblyStatus;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.StaffAccounts;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.SignedIn;
import coop.khidma.ui.shared.Dates;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One General Assembly meeting: when and where, its record date and notice; its agenda (admins and the director edit it
 * until the invitations go out); the invitations (staff send them and print the letters); the proxies members gave
 * (staff record them from requests, and withdraw them until the meeting starts). {@code console/assembly/7}.
 */
@Route(value = "console/assembly", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class AssemblyView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Assemblies assemblies;
    private final Invitations invitations;
    private final Proxies proxies;
    private final Clock clock;
    private final Set<String> roles;
    private Assemblies.Scheduled shown;

    @Inject
    public AssemblyView(Assemblies assemblies, Invitations invitations, Proxies proxies, StaffAccounts accounts,
                        Clock clock) {
        this.assemblies = assemblies;
        this.invitations = invitations;
        this.proxies = proxies;
        this.clock = clock;
        this.roles = SignedIn.of(accounts).roles();
        addClassName("console-page");
        setId("assembly");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            shown = assemblies.find(id == null ? 0 : id);
        } catch (DomainException unknown) {
            removeAll();
            Span none = new Span(ErrorMessages.messageFor(unknown, getLocale()));
            none.setId("assembly-unknown");
            add(new H2(getTranslation("assembly.console.title")), none);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        GeneralAssembly assembly = shown.assembly();
        boolean planner = roles.contains(Roles.ADMIN) || roles.contains(Roles.DIRECTOR);
        boolean editable = planner && assembly.status() == AssemblyStatus.SCHEDULED && assembly.invitedAt() == null;
        Span status = new Span(getTranslation("assembly.console.status." + assembly.status().name()));
        status.setId("assembly-status");
        status.getElement().getThemeList().add("badge");
        Div title = new Div(new H2(AssemblyTexts.title(this, assembly)), status);
        title.addClassName("request-title");
        RouterLink day = new RouterLink(getTranslation("assembly.console.dayLink"), AssemblyDayView.class,
                assembly.id());
        day.setId("assembly-day-link");
        add(title, facts(assembly), day);
        if (editable) {
            add(planActions(assembly));
        }
        AgendaPanel agenda = new AgendaPanel(assembly.agenda(), editable);
        agenda.addChangedListener(changed -> {
            try {
                changed.typed().apply(assemblies, shown.ref());
            } catch (RuntimeException failure) {
                ErrorMessages.showAt(failure, getLocale(), agenda::showError);
                return;
            }
            Facts.success(getTranslation("assembly.console.agenda.done"));
            reload();
        });
        add(Facts.section(getTranslation("assembly.console.agenda"), agenda));
        boolean sender = roles.contains(Roles.STAFF) || planner;
        InvitationsPanel invited = new InvitationsPanel(shown, invitations.of(assembly.id()), sender
                && assembly.status() == AssemblyStatus.SCHEDULED);
        invited.addSendListener(send -> invite());
        add(Facts.section(getTranslation("assembly.console.invitations"), invited));
        boolean recorder = (roles.contains(Roles.STAFF) || roles.contains(Roles.ADMIN))
                && !assembly.hasStarted(clock.instant()) && assembly.status() == AssemblyStatus.SCHEDULED;
        ProxiesPanel proxyPanel = new ProxiesPanel(proxies.of(assembly.id()), recorder);
        proxyPanel.addRecordListener(record -> act(() -> proxies.appoint(assembly.id(), record.typed().request(),
                record.typed().grantor()), "assembly.console.proxy.recorded"));
        proxyPanel.addWithdrawListener(withdraw -> act(() -> proxies.withdraw(withdraw.typed().id(),
                withdraw.typed().version()), "assembly.console.proxy.withdrawn"));
        add(Facts.section(getTranslation("assembly.console.proxies"), proxyPanel));
    }

    private Component facts(GeneralAssembly assembly) {
        Div facts = new Div();
        facts.addClassName("request-facts");
        Facts.fact(facts, "assembly-first", "assembly.console.firstMeeting",
                AssemblyTexts.when(assembly.firstMeetingAt(), getLocale()));
        if (assembly.secondMeetingAt() != null) {
            Facts.fact(facts, "assembly-second", "assembly.console.secondMeeting",
                    AssemblyTexts.when(assembly.secondMeetingAt(), getLocale()));
        }
        Facts.fact(facts, "assembly-place", "assembly.console.place", assembly.place());
        Facts.fact(facts, "assembly-record-date", "assembly.console.recordDate",
                HijriDates.both(assembly.recordDate(), getLocale()));
        Facts.fact(facts, "assembly-notice", "assembly.console.notice", getTranslation(assembly.noticeInWorkingDays()
                ? "assembly.console.notice.workingShort" : "assembly.console.notice.daysShort", assembly.noticeDays()));
        Facts.fact(facts, "assembly-invite-by", "assembly.console.inviteBy",
                HijriDates.both(shown.inviteBy(), getLocale()));
        if (assembly.invitedAt() != null) {
            Facts.fact(facts, "assembly-invited-at", "assembly.console.invitedAt",
                    Dates.bothWithTime(assembly.invitedAt(), getLocale()));
        }
        Facts.fact(facts, "assembly-scheduled", "assembly.console.scheduledBy", getTranslation(
                "assembly.console.by", assembly.scheduledBy(), Dates.both(assembly.scheduledAt(), getLocale())));
        if (assembly.cancelReason() != null) {
            Facts.fact(facts, "assembly-cancel-reason", "assembly.console.cancelReason", assembly.cancelReason());
        }
        return facts;
    }

    private Component planActions(GeneralAssembly assembly) {
        Button revise = new Button(getTranslation("assembly.console.revise"), VaadinIcon.EDIT.create(), click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(AssemblyTexts.title(this, assembly));
            PlanForm form = new PlanForm(null, assembly, "assembly.console.revise.save");
            form.addPlannedListener(planned -> {
                try {
                    shown = assemblies.revise(shown.ref(), planned.typed());
                } catch (RuntimeException failure) {
                    ErrorMessages.showAt(failure, getLocale(), form::showError);
                    return;
                }
                dialog.close();
                Facts.success(getTranslation("assembly.console.revised"));
                render();
            });
            dialog.add(form);
            dialog.setWidth("48rem");
            dialog.open();
        });
        revise.setId("assembly-revise");
        TextArea reason = new TextArea();
        reason.setId("assembly-cancel-reason");
        reason.setPlaceholder(getTranslation("assembly.console.cancel.reason"));
        Button cancel = new Button(getTranslation("assembly.console.cancel"), VaadinIcon.BAN.create(),
                click -> act(() -> assemblies.cancel(shown.ref(), reason.getValue()), "assembly.console.cancelled"));
        cancel.setId("assembly-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div bar = new Div(revise, reason, cancel);
        bar.addClassName("request-action-text");
        return bar;
    }

    private void invite() {
        Invitations.Sent sent;
        try {
            sent = invitations.invite(shown.ref());
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
            return;
        }
        Facts.success(getTranslation("assembly.console.invitations.sent", sent.now(), sent.inAll()));
        reload();
    }

    /** Runs one change; on failure says why and leaves the screen as it is. */
    private void act(Supplier<?> action, String doneKey) {
        try {
            action.get();
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
            return;
        }
        Facts.success(getTranslation(doneKey));
        reload();
    }

    private void reload() {
        shown = assemblies.find(shown.assembly().id());
        render();
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? getTranslation("assembly.console.title") : AssemblyTexts.title(this, shown.assembly()))
                + " — " + getTranslation("console.title");
    }
}
