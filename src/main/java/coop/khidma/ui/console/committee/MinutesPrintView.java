package coop.khidma.ui.console.committee;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.MinuteRow;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.ui.console.PrintPage;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The research committee's meeting minutes for one day (today unless {@code ?day=2026-11-25}): each request decided,
 * the decision and its reasons in Arabic and English, who recorded it — and for a decision taken before the member's
 * two weeks were over, the exception: the floor, the board's decision, the reason and the administrator; lines for
 * the members' signatures.
 */
@Route("console/print/minutes")
@RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
public class MinutesPrintView extends PrintPage {

    private final Reviews reviews;
    private final Clock clock;

    @Inject
    public MinutesPrintView(Reviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
        setId("minutes-print");
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        LocalDate day = event.getLocation().getQueryParameters().getSingleParameter("day").map(LocalDate::parse)
                .orElseGet(() -> clock.instant().atZone(HijriDates.RIYADH).toLocalDate());
        H2 title = new H2(getTranslation("console.print.minutes.title", HijriDates.both(day, getLocale())));
        title.setId("minutes-title");
        sheet.add(title);
        List<MinuteRow> decided = reviews.decidedOn(day);
        Div list = new Div();
        list.setId("minutes");
        list.addClassName("print-minutes");
        if (decided.isEmpty()) {
            list.add(new Paragraph(getTranslation("console.print.minutes.none")));
        }
        int number = 1;
        for (MinuteRow row : decided) {
            Div item = new Div(new Span(number++ + ". " + getTranslation("console.print.reference", row.reference())
                    + " — " + getTranslation("requestType." + row.typeCode()) + " — "
                    + getTranslation("decision." + row.decision())));
            if (row.reasonArabic() != null) {
                item.add(text(row.reasonArabic(), "rtl"));
            }
            if (row.reasonEnglish() != null) {
                item.add(text(row.reasonEnglish(), "ltr"));
            }
            if (row.early()) {
                Span exception = new Span(getTranslation("console.print.minutes.exception",
                        HijriDates.both(row.beforeFloor(), getLocale()), row.exceptionBoardReference(),
                        row.exceptionReason(), row.exceptionBy()));
                exception.addClassName("print-minute-exception");
                item.add(exception);
            }
            item.add(new Span(getTranslation("console.print.minutes.by", row.decidedBy(),
                    Dates.both(row.decidedAt(), getLocale()))));
            item.addClassName("print-minute");
            list.add(item);
        }
        sheet.add(list, signatures("console.print.minutes.chair", "console.print.minutes.member",
                "console.print.minutes.secretary"));
    }
}
