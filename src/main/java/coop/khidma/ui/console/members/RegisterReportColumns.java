package coop.khidma.ui.console.members;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.membership.boundary.RegisterReport;
import coop.khidma.ui.shared.Columns;

/** The share register report's columns, one set for its grid, its CSV and its printed table. */
final class RegisterReportColumns {

    private RegisterReportColumns() {
    }

    static Columns<RegisterReport.Line> columns() {
        return new Columns<RegisterReport.Line>()
                .column("console.request.membershipNumber", RegisterReport.Line::membershipNumber)
                .gridCell(line -> line.membershipNumber() == null ? new Span()
                        : new RouterLink(line.membershipNumber(), MemberView.class, line.membershipNumber()))
                .autoWidth().flexGrow(0)
                .column("console.request.nameArabic", RegisterReport.Line::nameArabic).autoWidth()
                .column("console.request.nameLatin", RegisterReport.Line::nameLatin).autoWidth()
                .column("shares.column.shares", line -> String.valueOf(line.shares()))
                .column("shares.report.capital", line -> line.capital().toPlainString());
    }
}
