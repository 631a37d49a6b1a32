package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.control.Urgency;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.Dates;

/**
 * What the request is: its type, channel, when it came, who asked and how to reach them, who works it, the day its
 * next step is due (with a badge when that day is past or near) while it is open, the details and the outcome.
 */
public class RequestFacts extends Div {

    public RequestFacts(RequestView request) {
        addClassName("request-facts");
        Facts.fact(this, "request-type", "console.inbox.type", getTranslation("requestType." + request.typeCode()));
        Facts.fact(this, "request-channel", "console.inbox.channel", getTranslation("channel." + request.channel()));
        Facts.fact(this, "request-submitted", "console.inbox.submitted", Dates.both(request.submittedAt(), getLocale()));
        Facts.fact(this, "request-requester", "console.inbox.requester", request.requesterName());
        Facts.fact(this, "request-mobile", "console.request.mobile", request.requesterMobile());
        Facts.fact(this, "request-assignee", "console.request.assignee",
                request.assignee() == null ? getTranslation("console.request.nobody") : request.assignee());
        if (request.status().isOpen()) {
            due(request);
        }
        if (request.details() != null) {
            Facts.fact(this, "request-details", "console.request.details", request.details());
        }
        if (request.outcome() != null) {
            Facts.fact(this, "request-outcome", "console.request.outcome", request.outcome());
        }
    }

    private void due(RequestView request) {
        Facts.fact(this, "request-due", "console.due.label", request.dueOn() == null
                ? getTranslation("console.due.waitingOnMember") : HijriDates.both(request.dueOn(), getLocale()));
        Urgency urgency = request.urgency();
        if (urgency == Urgency.OVERDUE || urgency == Urgency.DUE_SOON) {
            Span badge = new Span(getTranslation("console.due." + urgency));
            badge.setId("request-urgency");
            badge.getElement().getThemeList().add(urgency == Urgency.OVERDUE ? "badge error" : "badge");
            add(badge);
        }
    }
}
