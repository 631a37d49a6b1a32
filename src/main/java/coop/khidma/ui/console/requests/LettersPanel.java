package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageState;
import coop.khidma.ui.shared.Dates;

import java.util.List;

/**
 * The letters and messages sent about a request: when, what kind, by which channel, where they stand, when they were
 * sent and reported and why one was not delivered, each printable.
 */
public class LettersPanel extends Div {

    public LettersPanel(String reference, List<Message> messages) {
        setId("correspondence");
        addClassName("request-list");
        for (Message message : messages) {
            Span what = new Span(getTranslation("messageKind." + message.kind()) + " · "
                    + getTranslation("messageChannel." + message.channel()) + " · "
                    + getTranslation("messageState." + message.state()));
            Span when = new Span(Dates.bothWithTime(message.createdAt(), getLocale()));
            when.addClassName("request-list-when");
            Anchor print = new Anchor("console/print/letter?reference=" + reference + "&id=" + message.id(),
                    getTranslation("console.request.printLetter"));
            print.setTarget("_blank");
            print.setId("print-letter-" + message.id());
            Div row = new Div(when, what, print);
            Span times = times(message);
            if (!times.getText().isEmpty()) {
                times.setId("message-times-" + message.id());
                row.add(times);
            }
            row.addClassName("request-list-row");
            row.addClassName("letter-" + message.kind());
            add(row);
        }
    }

    /** When it left and when its delivery was reported, the tries and the reason it was not delivered. */
    private Span times(Message message) {
        StringBuilder text = new StringBuilder();
        if (message.sentAt() != null) {
            text.append(getTranslation("outbox.sentAt", Dates.bothWithTime(message.sentAt(), getLocale())));
        }
        if (message.reportedAt() != null) {
            text.append(text.isEmpty() ? "" : " · ")
                    .append(getTranslation("outbox.reportedAt", Dates.bothWithTime(message.reportedAt(), getLocale())));
        }
        if (message.attempts() > 1) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("outbox.tries", message.attempts()));
        }
        if (message.lastError() != null && message.state() != MessageState.DELIVERED
                && message.state() != MessageState.SENT) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("outbox.because", message.lastError()));
        }
        Span times = new Span(text.toString());
        times.addClassName("request-list-when");
        return times;
    }
}
