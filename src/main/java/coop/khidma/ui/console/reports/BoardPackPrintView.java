package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import coop.khidma.board.boundary.BoardPack;
import coop.khidma.board.boundary.BoardPacks;
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
import java.util.Locale;

/**
 * The monthly board pack on A4 in the reader's language, {@code ?from=2026-03-01&to=2026-03-31} (a whole Hijri or
 * Gregorian month): its month in Hijri and Gregorian, one line per report written from its figures, then each report
 * on a page of its own (the backlog as it stands on the day printed), and the day it was printed.
 */
@Route("console/print/board-pack")
@RolesAllowed({Roles.DIRECTOR, Roles.ADMIN})
public class BoardPackPrintView extends PrintPage {

    private final BoardPacks packs;
    private final Clock clock;

    @Inject
    public BoardPackPrintView(BoardPacks packs, Clock clock) {
        this.packs = packs;
        this.clock = clock;
        setId("board-pack-print");
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Locale locale = getLocale();
        BoardPack pack;
        try {
            pack = packs.pack(new DayRange(LocalDate.parse(query.getSingleParameter("from").orElse("")),
                    LocalDate.parse(query.getSingleParameter("to").orElse(""))));
        } catch (DateTimeParseException unreadable) {
            sheet.add(new Paragraph(getTranslation("reports.print.badPeriod")));
            return;
        } catch (DomainException refused) {
            sheet.add(new Paragraph(Messages.of(refused, locale)));
            return;
        }
        H2 title = new H2(getTranslation("reports.pack.title"));
        title.setId("report-print-title");
        Paragraph month = new Paragraph(pack.month().label(locale));
        month.setId("report-print-period");
        sheet.add(title, month, BoardPackText.summary(pack, locale));
        section("reports.volume.title", ReportSections.volume(pack.volume(), locale));
        section("reports.promises.title", ReportSections.promises(pack.promises(), locale));
        section("reports.committee.title", ReportSections.committee(pack.committee(), locale));
        section("reports.referrals.title", ReportSections.referrals(pack.referrals(), locale));
        section("reports.backlog.title", List.<Component>of(new Paragraph(BacklogReport.summary(pack.backlog(),
                locale))), ReportSections.backlog(pack.backlog(), locale));
        section("reports.reception.title", ReportSections.reception(pack.reception(), locale));
        section("reports.satisfaction.title", ReportSections.satisfaction(pack.month(), pack.satisfaction(), locale));
        Paragraph printed = new Paragraph(getTranslation("reports.print.printed",
                HijriDates.both(clock.instant().atZone(HijriDates.RIYADH).toLocalDate(), locale)));
        printed.addClassName("console-muted");
        sheet.add(printed);
    }

    /** A report on a page of its own: its title, then its body (and any parts before it). */
    @SafeVarargs
    private void section(String titleKey, List<Component>... parts) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.addClassName("board-pack-report");
        for (List<Component> part : parts) {
            part.forEach(section::add);
        }
        sheet.add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.pack.title") + " · " + getTranslation("console.title");
    }
}
