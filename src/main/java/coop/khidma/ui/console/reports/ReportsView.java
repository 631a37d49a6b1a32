package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.intake.boundary.BacklogFigures;
import coop.khidma.intake.boundary.ChannelFigures;
import coop.khidma.intake.boundary.PromiseFigures;
import coop.khidma.reception.boundary.ReceptionFigures;
import coop.khidma.review.boundary.CommitteeFigures;
import coop.khidma.satisfaction.boundary.Ratings;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.PeriodPicker;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The board's reports for supervisors and the director: for a chosen period, the volume against the period before
 * and the referrals per level; and today's backlog by stage and age. Each report is a component beside this view with its chart, table, CSV and print
 * page; this view calls the boundaries.
 */
@Route(value = "console/reports", layout = ConsoleLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class ReportsView extends Div implements HasDynamicTitle {

    private final ChannelFigures channels;
    private final Escalations escalations;
    private final PromiseFigures promiseFigures;
    private final CommitteeFigures committeeFigures;
    private final ReceptionFigures receptionFigures;
    private final Ratings ratings;
    final VolumeReport volume = new VolumeReport();
    final PromisesReport promises = new PromisesReport();
    final CommitteeReport committee = new CommitteeReport();
    final ReceptionReport reception = new ReceptionReport();
    final SatisfactionReport satisfaction = new SatisfactionReport();
    final ReferralsReport referrals = new ReferralsReport();
    final BacklogReport backlog = new BacklogReport();
    final Div period = new Div();
    final PeriodPicker picker;

    @Inject
    public ReportsView(ChannelFigures channels, BacklogFigures backlogs, Escalations escalations,
                       PromiseFigures promiseFigures, CommitteeFigures committeeFigures,
                       ReceptionFigures receptionFigures, Ratings ratings, Clock clock) {
        this.channels = channels;
        this.promiseFigures = promiseFigures;
        this.committeeFigures = committeeFigures;
        this.receptionFigures = receptionFigures;
        this.ratings = ratings;
        this.escalations = escalations;
        addClassNames("console-page", "reports");
        LocalDate today = clock.instant().atZone(HijriDates.RIYADH).toLocalDate();
        picker = new PeriodPicker("report", "reports.period", "reports.period.", List.of(PeriodPicker.Choice.values()),
                today, this::showPeriod);
        period.setId("report-period-label");
        period.addClassName("console-muted");
        add(new H2(getTranslation("reports.title")), new Paragraph(getTranslation("reports.principle")),
                picker, period, Facts.section(getTranslation("reports.volume.title"), volume),
                Facts.section(getTranslation("reports.promises.title"), promises),
                Facts.section(getTranslation("reports.committee.title"), committee),
                Facts.section(getTranslation("reports.referrals.title"), referrals),
                Facts.section(getTranslation("reports.backlog.title"), backlog),
                Facts.section(getTranslation("reports.reception.title"), reception),
                Facts.section(getTranslation("reports.satisfaction.title"), satisfaction));
        picker.apply();
        backlog.show(backlogs.ageing(today));
    }

    private void showPeriod(DayRange range) {
        period.setText(range.label(getLocale()));
        volume.show(channels.volume(range));
        promises.show(promiseFigures.promises(range));
        committee.show(committeeFigures.committee(range));
        reception.show(receptionFigures.reception(range));
        satisfaction.show(range, ratings.byService(range));
        referrals.show(escalations.referrals(range));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · " + getTranslation("console.title");
    }
}
