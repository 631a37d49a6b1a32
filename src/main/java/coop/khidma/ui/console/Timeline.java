package coop.khidma.ui.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.audit.entity.Change;
import coop.khidma.ui.shared.Dates;

import java.util.List;

/**
 * What happened to a record, oldest first, from the audit trail: when (Hijri beside Gregorian, Riyadh time), what,
 * who, and the detail when there is one. Messages keep their text to themselves. The request page and the member
 * page show it.
 */
public class Timeline extends Div {

    public Timeline(String id, List<Change> changes) {
        setId(id);
        addClassName("request-list");
        for (Change change : changes) {
            String subject = change.subject().contains("/")
                    ? " — " + change.subject().substring(change.subject().indexOf('/') + 1) : "";
            Span when = new Span(Dates.bothWithTime(change.at(), getLocale()));
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
}
