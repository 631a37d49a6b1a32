package coop.khidma.ui.shared;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import coop.khidma.knowledge.boundary.Bylaws;
import coop.khidma.platform.web.SecurityHeaders;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The association's bylaws as the real document, where the kiosk's bylaws shelf and the console show it: which
 * edition and since when; at the kiosk the PDF itself in a frame and a button that prints it, in the console a link
 * that opens it whole. While no document was uploaded it says so plainly — nothing stands in for the bylaws.
 */
public class BylawsDocumentPanel extends Div {

    public BylawsDocumentPanel(Bylaws bylaws, boolean framed) {
        setId("bylaws-document");
        addClassName("bylaws-document");
        Optional<Bylaws.Edition> current = bylaws.current();
        if (current.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("bylaws.none"));
            none.setId("bylaws-none");
            add(none);
            return;
        }
        Bylaws.Edition edition = current.get();
        Paragraph caption = new Paragraph(getTranslation("bylaws.edition", edition.edition(),
                Dates.both(edition.uploadedAt(), getLocale())));
        caption.setId("bylaws-edition");
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            // the kiosk's own page shows it in a frame; other sites still may not
            event.getResponse().setHeader("Content-Security-Policy", SecurityHeaders.FRAMED_BY_OWN_PAGES);
            event.getResponse().setHeader("X-Frame-Options", "SAMEORIGIN");
            return bylaws.pdf().map(found -> new DownloadResponse(new ByteArrayInputStream(found.content()),
                        "bylaws-edition-" + found.edition().edition() + ".pdf", Bylaws.PDF_TYPE, found.content().length))
                    .orElseGet(() -> DownloadResponse.error(404));
        }).inline();
        add(caption);
        if (!framed) { // staff open it whole in a tab of their own; the kiosk keeps the visitor on its screen
            Anchor open = new Anchor(pdf, getTranslation("bylaws.open"));
            open.setId("bylaws-open");
            open.setTarget("_blank");
            add(open);
        } else {
            IFrame frame = new IFrame();
            frame.setSrc(pdf);
            frame.setId("bylaws-pdf");
            frame.addClassName("bylaws-frame");
            frame.getElement().setAttribute("title", getTranslation("bylaws.title"));
            Button print = new Button(getTranslation("bylaws.print"), VaadinIcon.PRINT.create(),
                    click -> frame.getElement().executeJs("this.contentWindow.focus(); this.contentWindow.print()"));
            print.setId("bylaws-print");
            print.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add(print, frame);
        }
    }
}
