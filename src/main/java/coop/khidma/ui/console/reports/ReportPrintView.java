package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.intake.boundary.BacklogFigures;
import coop.khidma.intake.boundary.ChannelFigures;
import coop.khidma.intake.boundary.PromiseFigures;
import coop.khidma.intake.control.Ageing;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.reception.boundary.ReceptionFigures;
import coop.khidma.review.boundary.CommitteeFigures;
import coop.khidma.satisfaction.boundary.Ratings;
import coop.khidma.ui.console.PrintPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A board report on A4 in the reader's language: {@code ?report=volume&from=2026-03-01&to=2026-03-31} (the volume of
 * those days against the period before), likewise {@code promises}, {@code committee}, {@code referrals},
 * {@code reception} and {@code satisfaction} for a period, or {@code ?report=backlog} (today's backlog): the title,
 * the period or day in Hijri and Gregorian, the chart, the table and the day it was printed.
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
            Ageing ageing = backlogs.ageing(today);
            section("reports.backlog.title", BacklogReport.summary(ageing, getLocale()),
                    ReportSections.backlog(ageing, getLocale()));
        } else if (PERIODIC.contains(report)) {
            try {
                DayRange range = new DayRange(LocalDate.parse(query.getSingleParameter("from").orElse("")),
                        LocalDate.parse(query.getSingleParameter("to").orElse("")));
                Locale locale = getLocale();
                section("reports." + report + ".title", range.label(locale), switch (report) {
                    case "volume" -> ReportSections.volume(channels.volume(range), locale);
                    case "promises" -> ReportSections.promises(promiseFigures.promises(range), locale);
                    case "committee" -> ReportSections.committee(committeeFigures.committee(range), locale);
                    case "reception" -> ReportSections.reception(receptionFigures.reception(range), locale);
                    case "satisfaction" -> ReportSections.satisfaction(range, ratings.byService(range), locale);
                    default -> ReportSections.referrals(escalations.referrals(range), locale);
                });
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

    /** The report's title, its period or day in Hijri and Gregorian, and its body. */
    private void section(String titleKey, String periodText, List<Component> body) {
        H2 title = new H2(getTranslation(titleKey));
        title.setId("report-print-title");
        Paragraph period = new Paragraph(periodText);
        period.setId("report-print-period");
        sheet.add(title, period);
        body.forEach(sheet::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · " + getTranslation("console.title");
    }
}
