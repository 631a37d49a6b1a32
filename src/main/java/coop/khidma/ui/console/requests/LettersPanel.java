package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.ui.shared.Dates;

import java.util.List;

/** The letters and messages sent about a request: when, what kind, by which channel, where they stand, each printable. */
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
            row.addClassName("request-list-row");
            row.addClassName("letter-" + message.kind());
            add(row);
        }
    }
}
