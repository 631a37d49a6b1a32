package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.PrintPage;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * A letter sent to a member, ready for A4: the Arabic text right to left first, then the English text left to right,
 * dated in Hijri and Gregorian. {@code ?reference=2026-000042&id=7}.
 */
@Route("console/print/letter")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
public class LetterPrintView extends PrintPage {

    private final Outbox outbox;

    @Inject
    public LetterPrintView(Outbox outbox) {
        this.outbox = outbox;
        setId("letter-print");
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        String id = event.getLocation().getQueryParameters().getSingleParameter("id").orElse("");
        Message letter = outbox.forRequest(reference).stream().filter(m -> String.valueOf(m.id()).equals(id))
                .findFirst().orElseThrow(() -> new DomainException("rule.request.notFound", reference));
        Span date = new Span(Dates.both(letter.createdAt(), getLocale()));
        date.addClassName("print-date");
        Span ref = new Span(getTranslation("console.print.reference", reference));
        ref.setId("letter-reference");
        Div heading = new Div(ref, date);
        heading.addClassName("print-heading");
        H2 arabicSubject = new H2(letter.subjectArabic());
        arabicSubject.getElement().setAttribute("dir", "rtl");
        arabicSubject.setId("letter-subject-ar");
        Div arabic = new Div(arabicSubject, text(letter.bodyArabic(), "rtl"));
        arabic.getElement().setAttribute("dir", "rtl");
        arabic.getElement().setAttribute("lang", "ar");
        arabic.setId("letter-ar");
        arabic.addClassName("print-letter");
        H2 englishSubject = new H2(letter.subjectEnglish());
        Div english = new Div(englishSubject, text(letter.bodyEnglish(), "ltr"));
        english.getElement().setAttribute("dir", "ltr");
        english.getElement().setAttribute("lang", "en");
        english.setId("letter-en");
        english.addClassNames("print-letter", "print-second-language");
        sheet.add(heading, arabic, english);
    }
}
