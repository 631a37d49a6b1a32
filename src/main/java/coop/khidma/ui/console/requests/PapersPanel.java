package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import coop.khidma.intake.boundary.AttachmentRow;
import coop.khidma.intake.boundary.Paper;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.Dates;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;

/**
 * The papers kept with a request, each opened on demand through {@code open} (the view's call, which the boundary
 * audits); while the request is open, those who work it add one with a {@link PaperField}, whose
 * {@link PaperField.Chosen} this panel passes on. Calls no service itself.
 */
public class PapersPanel extends Div {

    private final PaperField add = new PaperField("attach", "console.paper.attach");

    public PapersPanel(List<AttachmentRow> papers, boolean mayAdd, Function<Long, Paper.Kept> open) {
        Div list = new Div();
        list.setId("papers");
        list.addClassName("request-list");
        if (papers.isEmpty()) {
            list.add(Facts.muted(getTranslation("console.paper.none")));
        }
        papers.forEach(paper -> list.add(row(paper, open)));
        add(list);
        if (mayAdd) {
            add(add);
        }
    }

    private Div row(AttachmentRow paper, Function<Long, Paper.Kept> open) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            Paper.Kept kept = open.apply(paper.id());
            return new DownloadResponse(new ByteArrayInputStream(kept.content()), kept.fileName(),
                    kept.contentType(), kept.content().length);
        }), paper.fileName());
        link.setId("paper-" + paper.id());
        link.setTarget("_blank");
        Span what = new Span(getTranslation("console.paper.kept", paper.contentType(),
                Math.max(1, paper.sizeBytes() / 1024), paper.uploadedBy(), Dates.bothWithTime(paper.uploadedAt(), getLocale())));
        what.addClassName("request-list-when");
        Div row = new Div(link, what);
        row.addClassName("request-list-row");
        return row;
    }

    /** The server refused the paper: the reason beneath the field, which is ready for another. */
    public void refuse(String message) {
        add.refuse(message);
    }

    public Registration addChosenListener(ComponentEventListener<PaperField.Chosen> listener) {
        return add.addChosenListener(listener);
    }
}
