package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.assembly.boundary.Assemblies;
import coop.khidma.assembly.entity.AssemblyRules;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.StaffAccounts;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.SignedIn;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The General Assembly's meetings, the latest first, each with the last day its members may be invited with the full
 * notice; admins and the director schedule a new one here (Khidma refuses one inside the notice period unless the
 * settings allow it). Staff and supervisors read and open a meeting.
 */
@Route(value = "console/assemblies", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class AssembliesView extends Div implements HasDynamicTitle {

    private final Assemblies assemblies;
    private final Grid<Assemblies.Scheduled> meetings = new Grid<>();

    @Inject
    public AssembliesView(Assemblies assemblies, StaffAccounts accounts, Clock clock) {
        this.assemblies = assemblies;
        addClassName("console-page");
        setId("assemblies");
        AssemblyRules rules = assemblies.rules();
        add(new H2(getTranslation("assembly.console.title")), new RulesNotice(rules));
        Set<String> roles = SignedIn.of(accounts).roles();
        if (roles.contains(Roles.ADMIN)) {
            add(new RouterLink(getTranslation("assembly.console.rules.open"), AssemblyRulesView.class));
        }
        if (roles.contains(Roles.ADMIN) || roles.contains(Roles.DIRECTOR)) {
            LocalDate suggested = LocalDate.now(clock.withZone(HijriDates.RIYADH)).plusDays(rules.noticeDays() + 14L);
            PlanForm form = new PlanForm(suggested, null, "assembly.console.schedule");
            form.addPlannedListener(planned -> schedule(form, planned.typed()));
            add(Facts.section(getTranslation("assembly.console.schedule.title"), new Paragraph(getTranslation(
                    rules.noticeInWorkingDays() ? "assembly.console.notice.working" : "assembly.console.notice.days",
                    rules.noticeDays())), form));
        }
        meetings.setId("assembly-list");
        meetings.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        meetings.addComponentColumn(meeting -> {
            RouterLink open = new RouterLink(meeting.assembly().subject(), AssemblyView.class,
                    meeting.assembly().id());
            open.setId("open-" + meeting.assembly().subject());
            return open;
        }).setHeader(getTranslation("assembly.console.reference")).setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(meeting -> getTranslation("assembly.console.kind." + meeting.assembly().kind().name()))
                .setHeader(getTranslation("assembly.console.kind")).setAutoWidth(true);
        meetings.addColumn(meeting -> AssemblyTexts.when(meeting.assembly().firstMeetingAt(), getLocale()))
                .setHeader(getTranslation("assembly.console.firstMeeting")).setAutoWidth(true);
        meetings.addColumn(meeting -> meeting.assembly().place()).setHeader(getTranslation("assembly.console.place"));
        meetings.addColumn(meeting -> getTranslation("assembly.console.status." + meeting.assembly().status().name()))
                .setHeader(getTranslation("assembly.console.status")).setAutoWidth(true);
        meetings.addColumn(meeting -> meeting.assembly().invitedAt() != null
                        ? getTranslation("assembly.console.invited") : HijriDates.both(meeting.inviteBy(), getLocale()))
                .setHeader(getTranslation("assembly.console.inviteBy")).setAutoWidth(true);
        meetings.setAllRowsVisible(true);
        add(Facts.section(getTranslation("assembly.console.meetings"), meetings));
        refresh();
    }

    private void refresh() {
        List<Assemblies.Scheduled> all = assemblies.all();
        meetings.setItems(all);
        meetings.setVisible(!all.isEmpty());
    }

    private void schedule(PlanForm form, coop.khidma.assembly.entity.GeneralAssembly.Plan plan) {
        Assemblies.Scheduled scheduled;
        try {
            scheduled = assemblies.schedule(plan);
        } catch (RuntimeException failure) {
            ErrorMessages.showAt(failure, getLocale(), form::showError);
            return;
        }
        Facts.success(getTranslation("assembly.console.scheduled", scheduled.assembly().subject()));
        getUI().ifPresent(ui -> ui.navigate(AssemblyView.class, scheduled.assembly().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assembly.console.title") + " — " + getTranslation("console.title");
    }
}
