package coop.khidma.ui.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.shared.Dates;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What happened to a record, oldest first, from the audit trail: when (Hijri beside Gregorian, Riyadh time), what,
 * who, and the detail when there is one. Messages keep their text to themselves. The request page and the member
 * page show it.
 */
public class Timeline extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public Timeline(String id, List<Change> changes) {
        setId(id);
        addClassName("request-list");
        for (Change change : changes) {
            String subject = change.subject().contains("/")
                    ? " — " + change.subject().substring(change.subject().indexOf('/') + 1) : "";
            Span when = new Span(when(change.at(), getLocale()));
            when.addClassName("request-list-when");
            Span what = new Span(getTranslation("console.timeline." + change.action()) + subject);
            what.addClassName("timeline-action");
            Span who = new Span(change.actor());
            who.addClassName("timeline-actor");
            Div row = new Div(when, what, who);
            if (change.detail() != null && !"MESSAGE".equals(change.subjectType())) {
                Span detail = new Span(change.detail());
                detail.addClassName("timeline-detail");
                row.add(detail);
            }
            row.addClassName("request-list-row");
            add(row);
        }
    }

    /** A moment as people in the office read it: the day in both calendars and the time in Riyadh. */
    public static String when(Instant at, Locale locale) {
        return Dates.both(at, locale) + " " + TIME.format(at.atZone(HijriDates.RIYADH));
    }
}
