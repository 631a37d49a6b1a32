package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.escalation.control.Referrals;
import coop.khidma.intake.boundary.BacklogFigures;
import coop.khidma.intake.boundary.ChannelFigures;
import coop.khidma.intake.boundary.PromiseFigures;
import coop.khidma.intake.control.Promises;
import coop.khidma.reception.boundary.ReceptionFigures;
import coop.khidma.reception.control.ReceptionHours;
import coop.khidma.review.boundary.CommitteeFigures;
import coop.khidma.satisfaction.boundary.Ratings;
import coop.khidma.satisfaction.control.RatingFigures;
import coop.khidma.review.control.CommitteeWork;
import coop.khidma.intake.control.Ageing;
import coop.khidma.intake.control.Volume;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.PrintPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * A board report on A4 in the reader's language: {@code ?report=volume&from=2026-03-01&to=2026-03-31} (the volume of
 * those days against the period before), {@code ?report=referrals&from=…&to=…} (the referrals per level) or
 * {@code ?report=backlog} (today's backlog): the title, the period or day in
 * Hijri and Gregorian, the chart, the table and the day it was printed.
 */
@Route("console/print/report")
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class ReportPrintView extends PrintPage {

    /** The reports that cover a period, {@code from} and {@code to}. */
    private static final Set<String> PERIODIC = Set.of("volume", "promises", "committee", "referrals", "reception",
            "satisfaction");

    private final ChannelFigures channels;
    private final BacklogFigures backlogs;
    private final Escalations escalations;
    private final PromiseFigures promiseFigures;
    private final CommitteeFigures committeeFigures;
    private final ReceptionFigures receptionFigures;
    private final Ratings ratings;
    private final Clock clock;

    @Inject
    public ReportPrintView(ChannelFigures channels, BacklogFigures backlogs, Escalations escalations,
                           PromiseFigures promiseFigures, CommitteeFigures committeeFigures,
                           ReceptionFigures receptionFigures, Ratings ratings, Clock clock) {
        this.channels = channels;
        this.promiseFigures = promiseFigures;
        this.committeeFigures = committeeFigures;
        this.receptionFigures = receptionFigures;
        this.ratings = ratings;
        this.backlogs = backlogs;
        this.escalations = escalations;
        this.clock = clock;
        setId("report-print");
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        LocalDate today = clock.instant().atZone(HijriDates.RIYADH).toLocalDate();
        String report = query.getSingleParameter("report").orElse("");
        if (report.equals("backlog")) {
            backlog(backlogs.ageing(today));
        } else if (PERIODIC.contains(report)) {
            try {
                DayRange range = new DayRange(LocalDate.parse(query.getSingleParameter("from").orElse("")),
                        LocalDate.parse(query.getSingleParameter("to").orElse("")));
                switch (report) {
                    case "volume" -> volume(channels.volume(range));
                    case "promises" -> promises(promiseFigures.promises(range));
                    case "committee" -> committee(committeeFigures.committee(range));
                    case "reception" -> reception(receptionFigures.reception(range));
                    case "satisfaction" -> satisfaction(range);
                    default -> referrals(escalations.referrals(range));
                }
            } catch (DateTimeParseException | DomainException unreadable) {
                sheet.add(new Paragraph(getTranslation("reports.print.badPeriod")));
                return;
            }
        } else {
            sheet.add(new Paragraph(getTranslation("reports.print.unknown")));
            return;
        }
        Paragraph printed = new Paragraph(getTranslation("reports.print.printed", HijriDates.both(today, getLocale())));
        printed.addClassName("console-muted");
        sheet.add(printed);
    }

    private void volume(Volume volume) {
        H2 title = new H2(getTranslation("reports.volume.title"));
        title.setId("report-print-title");
        Paragraph period = new Paragraph(volume.period().label(getLocale()));
        period.setId("report-print-period");
        sheet.add(title, period, new Paragraph(VolumeReport.summary(volume, getLocale())),
                VolumeReport.chart(volume, getLocale()),
                VolumeReport.columns(() -> volume).printTable(volume.rows(), getLocale()));
    }

    private void promises(Promises promises) {
        heading("reports.promises.title", promises.period().label(getLocale()));
        sheet.add(new Paragraph(PromisesReport.summary(promises, getLocale())),
                PromisesReport.chart(promises, getLocale()),
                PromisesReport.columns(() -> promises).printTable(PromisesReport.lines(promises), getLocale()),
                new H3(getTranslation("reports.promises.longest")),
                PromisesReport.waitingColumns().printTable(promises.longestOpen(), getLocale()),
                new Paragraph(Messages.get(getLocale(), "reports.promises.how")));
    }

    private void committee(CommitteeWork work) {
        heading("reports.committee.title", work.period().label(getLocale()));
        sheet.add(new Paragraph(CommitteeReport.summary(work, getLocale())), CommitteeReport.chart(work, getLocale()),
                CommitteeReport.columns(() -> work).printTable(work.lines(), getLocale()),
                new Paragraph(Messages.get(getLocale(), "reports.committee.how")));
    }

    private void reception(ReceptionHours hours) {
        heading("reports.reception.title", hours.period().label(getLocale()));
        sheet.add(new Paragraph(ReceptionReport.summary(hours, getLocale())), ReceptionReport.chart(hours, getLocale()),
                ReceptionReport.columns(() -> hours).printTable(ReceptionReport.lines(hours), getLocale()),
                new Paragraph(Messages.get(getLocale(), "reports.reception.how")));
    }

    private void satisfaction(DayRange range) {
        heading("reports.satisfaction.title", range.label(getLocale()));
        List<RatingFigures.Group> groups = ratings.byService(range);
        sheet.add(new Paragraph(SatisfactionReport.summary(groups, getLocale())),
                SatisfactionReport.chart(new SatisfactionReport.Shown(range, groups), getLocale()),
                SatisfactionReport.columns(() -> range).printTable(groups, getLocale()),
                new Paragraph(Messages.get(getLocale(), "reports.satisfaction.how")));
    }

    /** The report's title and its period or day, in Hijri and Gregorian. */
    private void heading(String titleKey, String periodText) {
        H2 title = new H2(getTranslation(titleKey));
        title.setId("report-print-title");
        Paragraph period = new Paragraph(periodText);
        period.setId("report-print-period");
        sheet.add(title, period);
    }

    private void referrals(Referrals referrals) {
        H2 title = new H2(getTranslation("reports.referrals.title"));
        title.setId("report-print-title");
        Paragraph period = new Paragraph(referrals.period().label(getLocale()));
        period.setId("report-print-period");
        sheet.add(title, period, new Paragraph(ReferralsReport.summary(referrals, getLocale())),
                ReferralsReport.chart(referrals, getLocale()),
                ReferralsReport.columns(() -> referrals).printTable(ReferralsReport.lines(referrals), getLocale()),
                new Paragraph(Messages.get(getLocale(), "reports.referrals.how")));
    }

    private void backlog(Ageing ageing) {
        H2 title = new H2(getTranslation("reports.backlog.title"));
        title.setId("report-print-title");
        Paragraph period = new Paragraph(BacklogReport.summary(ageing, getLocale()));
        period.setId("report-print-period");
        sheet.add(title, period, BacklogReport.chart(ageing, getLocale()),
                BacklogReport.columns(() -> ageing).printTable(BacklogReport.lines(ageing), getLocale()),
                new Paragraph(Messages.get(getLocale(), "reports.backlog.how")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · " + getTranslation("console.title");
    }
}
