package coop.khidma.ui.console.members;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import coop.khidma.membership.boundary.RegisterReport;
import coop.khidma.membership.boundary.ShareRegister;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.PrintPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The share register report on A4 in the reader's language: {@code ?date=2026-11-30} — the day in Hijri and
 * Gregorian, the totals, one line per member who held shares that day, how it is counted, the day it was printed and
 * the signature lines.
 */
@Route("console/print/shares")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class SharesPrintView extends PrintPage {

    private final ShareRegister register;
    private final Clock clock;

    @Inject
    public SharesPrintView(ShareRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
        setId("shares-print");
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(event.getLocation().getQueryParameters().getSingleParameter("date").orElse(""));
        } catch (DateTimeParseException unreadable) {
            sheet.add(new Paragraph(getTranslation("shares.report.badDate")));
            return;
        }
        RegisterReport report = register.report(asOf);
        H2 title = new H2(getTranslation("shares.report.heading", HijriDates.both(asOf, getLocale())));
        title.setId("shares-print-title");
        Paragraph totals = new Paragraph(report.lines().isEmpty() ? getTranslation("shares.report.none")
                : getTranslation("shares.report.totals", Riyals.count(report.members(), getLocale()),
                Riyals.count(report.shares(), getLocale()), Riyals.of(report.capital(), getLocale()),
                Riyals.of(report.nominalValue(), getLocale())));
        totals.setId("shares-print-totals");
        Paragraph printed = new Paragraph(getTranslation("shares.report.printed",
                HijriDates.both(clock.instant().atZone(HijriDates.RIYADH).toLocalDate(), getLocale())));
        printed.addClassName("console-muted");
        sheet.add(title, totals, RegisterReportColumns.columns().printTable(report.lines(), getLocale()),
                new Paragraph(getTranslation("shares.report.how")), printed,
                signatures("console.print.certificate.chair", "console.print.certificate.seal"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shares.report.title") + " · " + getTranslation("console.title");
    }
}
