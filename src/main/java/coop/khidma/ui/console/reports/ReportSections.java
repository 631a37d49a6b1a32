package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import coop.khidma.escalation.control.Referrals;
import coop.khidma.intake.control.Ageing;
import coop.khidma.intake.control.Promises;
import coop.khidma.intake.control.Volume;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.DayRange;
import coop.khidma.reception.control.ReceptionHours;
import coop.khidma.review.control.CommitteeWork;
import coop.khidma.satisfaction.control.RatingFigures;

import java.util.List;
import java.util.Locale;

/**
 * Each report on paper below its title: its summary, its chart, its table(s) and how its figures are counted — alike on
 * a report's own print page and in the monthly board pack.
 */
final class ReportSections {

    private ReportSections() {
    }

    static List<Component> volume(Volume volume, Locale locale) {
        return List.of(new Paragraph(VolumeReport.summary(volume, locale)), VolumeReport.chart(volume, locale),
                VolumeReport.columns(() -> volume).printTable(volume.rows(), locale));
    }

    static List<Component> promises(Promises promises, Locale locale) {
        return List.of(new Paragraph(PromisesReport.summary(promises, locale)), PromisesReport.chart(promises, locale),
                PromisesReport.columns(() -> promises).printTable(PromisesReport.lines(promises), locale),
                new H3(Messages.get(locale, "reports.promises.longest")),
                PromisesReport.waitingColumns().printTable(promises.longestOpen(), locale),
                new Paragraph(Messages.get(locale, "reports.promises.how")));
    }

    static List<Component> committee(CommitteeWork work, Locale locale) {
        return List.of(new Paragraph(CommitteeReport.summary(work, locale)), CommitteeReport.chart(work, locale),
                CommitteeReport.columns(() -> work).printTable(work.lines(), locale),
                new Paragraph(Messages.get(locale, "reports.committee.how")));
    }

    static List<Component> referrals(Referrals referrals, Locale locale) {
        return List.of(new Paragraph(ReferralsReport.summary(referrals, locale)),
                ReferralsReport.chart(referrals, locale),
                ReferralsReport.columns(() -> referrals).printTable(ReferralsReport.lines(referrals), locale),
                new Paragraph(Messages.get(locale, "reports.referrals.how")));
    }

    /** The backlog without its summary, which its print page shows as the day counted. */
    static List<Component> backlog(Ageing ageing, Locale locale) {
        return List.of(BacklogReport.chart(ageing, locale),
                BacklogReport.columns(() -> ageing).printTable(BacklogReport.lines(ageing), locale),
                new Paragraph(Messages.get(locale, "reports.backlog.how")));
    }

    static List<Component> reception(ReceptionHours hours, Locale locale) {
        return List.of(new Paragraph(ReceptionReport.summary(hours, locale)), ReceptionReport.chart(hours, locale),
                ReceptionReport.columns(() -> hours).printTable(ReceptionReport.lines(hours), locale),
                new Paragraph(Messages.get(locale, "reports.reception.how")));
    }

    static List<Component> satisfaction(DayRange period, List<RatingFigures.Group> groups, Locale locale) {
        return List.of(new Paragraph(SatisfactionReport.summary(groups, locale)),
                SatisfactionReport.chart(new SatisfactionReport.Shown(period, groups), locale),
                SatisfactionReport.columns(() -> period).printTable(groups, locale),
                new Paragraph(Messages.get(locale, "reports.satisfaction.how")));
    }
}
