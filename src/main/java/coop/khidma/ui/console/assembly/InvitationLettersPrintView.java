package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.PrintPage;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The invitation letters of a meeting, one A4 page each: the Arabic text right to left, then the English text, dated
 * Hijri beside Gregorian, as the outbox filed them under the meeting's reference. {@code ?reference=GA-7}.
 */
@Route("console/print/assembly-letters")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class InvitationLettersPrintView extends PrintPage {

    private final Outbox outbox;

    @Inject
    public InvitationLettersPrintView(Outbox outbox) {
        this.outbox = outbox;
        setId("assembly-letters-print");
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        List<Message> letters = reference.startsWith("GA-") ? outbox.forRequest(reference).stream()
                .filter(m -> m.channel() == MessageChannel.LETTER && m.kind() == MessageKind.ASSEMBLY_INVITATION)
                .toList() : List.of();
        if (letters.isEmpty()) {
            sheet.add(new Span(getTranslation("assembly.console.letters.none", reference)));
            return;
        }
        for (Message letter : letters) {
            Div page = new Div(heading(reference, letter), part(letter.subjectArabic(), letter.bodyArabic(), "rtl",
                    "ar"), part(letter.subjectEnglish(), letter.bodyEnglish(), "ltr", "en"));
            page.addClassName("print-page");
            page.getStyle().set("break-after", "page");
            sheet.add(page);
        }
    }

    private Div heading(String reference, Message letter) {
        Span date = new Span(Dates.both(letter.createdAt(), getLocale()));
        date.addClassName("print-date");
        Div heading = new Div(new Span(getTranslation("console.print.reference", reference)), date);
        heading.addClassName("print-heading");
        return heading;
    }

    private static Div part(String subject, String body, String direction, String language) {
        Div part = new Div(new H2(subject), text(body, direction));
        part.getElement().setAttribute("dir", direction);
        part.getElement().setAttribute("lang", language);
        part.addClassName("print-letter");
        if ("en".equals(language)) {
            part.addClassName("print-second-language");
        }
        return part;
    }
}
