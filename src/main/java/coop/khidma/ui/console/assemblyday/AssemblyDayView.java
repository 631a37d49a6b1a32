package coop.khidma.ui.console.assemblyday;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import coop.khidma.assembly.boundary.Assemblies;
import coop.khidma.assembly.boundary.AssemblyDay;
import coop.khidma.assembly.boundary.CheckIns;
import coop.khidma.assembly.boundary.Votes;
import coop.khidma.assembly.control.Representation;
import coop.khidma.assembly.entity.Attendance;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.StaffAccounts;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.SignedIn;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The live screen of a General Assembly meeting ({@code /console/assembly-day/7}; without a number, today's meeting or
 * the latest): attendance and whether the quorum is reached for the first and second meeting time, staff checking
 * members in and recording votes, each item's totals and result, who is present (membership numbers, in person or
 * through which holder), and the minutes to print. It asks the server again every {@link #POLL_MILLIS} ms, as the
 * reception's "now serving" screen does, so check-ins at the kiosk show up by themselves.
 */
@Route(value = "console/assembly-day", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class AssemblyDayView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    static final int POLL_MILLIS = 5000;

    private final Assemblies assemblies;
    private final CheckIns checkIns;
    private final Votes votes;
    private final QuorumPanel quorum = new QuorumPanel();
    private final ResultsPanel results = new ResultsPanel();
    private final Grid<Attendance> present = new Grid<>();
    private DayDesk desk;
    private Long assemblyId;
    private Registration polling;
    /** Whether the signed-in person may check members in and record votes (supervisors only watch). */
    private final boolean recorder;

    private static final Set<String> RECORDERS = Set.of(Roles.STAFF, Roles.DIRECTOR, Roles.ADMIN);

    @Inject
    public AssemblyDayView(Assemblies assemblies, CheckIns checkIns, Votes votes, StaffAccounts accounts) {
        this.recorder = SignedIn.of(accounts).roles().stream().anyMatch(RECORDERS::contains);
        this.assemblies = assemblies;
        this.checkIns = checkIns;
        this.votes = votes;
        addClassName("console-page");
        setId("assembly-day");
        present.setId("assembly-attendance");
        present.addColumn(Attendance::membershipNumber).setHeader(getTranslation("assemblyday.memberNumber"));
        present.addColumn(row -> row.mode() == Representation.Mode.IN_PERSON
                        ? getTranslation("assemblyday.mode.IN_PERSON")
                        : getTranslation("assemblyday.mode.BY_PROXY", row.voterNumber()))
                .setHeader(getTranslation("assemblyday.mode"));
        present.addColumn(row -> String.valueOf(row.shares())).setHeader(getTranslation("assemblyday.shares"));
        present.addColumn(row -> getTranslation("assemblyday.desk." + row.desk()))
                .setHeader(getTranslation("assemblyday.desk"));
        present.addColumn(row -> Dates.bothWithTime(row.checkedInAt(), getLocale()))
                .setHeader(getTranslation("assemblyday.checkedInAt"));
        present.setAllRowsVisible(true);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        removeAll();
        List<Assemblies.Scheduled> all = assemblies.all();
        Optional<Long> chosen = Optional.ofNullable(id).or(checkIns::meetingToday)
                .or(() -> all.stream().findFirst().map(scheduled -> scheduled.assembly().id()));
        add(new H2(getTranslation("assemblyday.title")));
        if (chosen.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assemblyday.none"));
            none.setId("assembly-day-none");
            add(none);
            return;
        }
        assemblyId = chosen.get();
        ComboBox<GeneralAssembly> meeting = new ComboBox<>(getTranslation("assemblyday.meeting"));
        meeting.setId("assembly-day-meeting");
        meeting.setItems(all.stream().map(Assemblies.Scheduled::assembly).toList());
        meeting.setItemLabelGenerator(this::label);
        all.stream().map(Assemblies.Scheduled::assembly).filter(a -> a.id().equals(assemblyId)).findFirst()
                .ifPresent(meeting::setValue);
        meeting.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(AssemblyDayView.class, change.getValue().id()));
            }
        });
        Anchor minutes = new Anchor("console/print/assembly-minutes?reference=" + assemblyId,
                getTranslation("assemblyday.minutes"));
        minutes.setId("assembly-minutes");
        minutes.setTarget("_blank");
        desk = new DayDesk(checkIns, votes, assemblyId, this::refresh);
        desk.setVisible(recorder);
        add(new Div(meeting, minutes), quorum, desk,
                Facts.titled(getTranslation("assemblyday.results"), results),
                Facts.titled(getTranslation("assemblyday.attendance"), present));
        refresh();
    }

    private String label(GeneralAssembly assembly) {
        return assembly.subject() + " · " + getTranslation("assembly.kind." + assembly.kind()) + " · "
                + Dates.bothWithTime(assembly.firstMeetingAt(), getLocale());
    }

    private void refresh() {
        if (assemblyId == null) {
            return;
        }
        AssemblyDay day = checkIns.day(assemblyId);
        quorum.show(day);
        results.show(day);
        desk.show(day);
        present.setItems(checkIns.attendance(assemblyId));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(POLL_MILLIS);
        polling = attach.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assemblyday.title") + " · " + getTranslation("console.title");
    }
}
