package coop.khidma.ui.console.members;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.PrintPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * The membership certificate handed to a new member (policy clause 5), in Arabic right to left with the English
 * beneath, dated in Hijri and Gregorian: the member's names, the membership number and the shares.
 * {@code ?reference=2026-000042} (the completed membership application).
 */
@Route("console/print/certificate")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class CertificatePrintView extends PrintPage {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final Requests requests;

    @Inject
    public CertificatePrintView(Requests requests) {
        this.requests = requests;
        setId("certificate-print");
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        RequestView request = requests.detail(reference);
        if (request.membershipNumber() == null || request.applicant() == null || request.closedAt() == null) {
            throw new DomainException("rule.request.memberNotActive");
        }
        var day = request.closedAt().atZone(HijriDates.RIYADH).toLocalDate();
        RequestView.ApplicantView member = request.applicant();
        Span number = new Span(request.membershipNumber());
        number.setId("certificate-number");
        number.addClassName("certificate-number");
        H2 arabicTitle = new H2(getTranslation(ARABIC, "console.print.certificate.title"));
        Paragraph arabicText = new Paragraph(getTranslation(ARABIC, "console.print.certificate.text",
                member.nameArabic(), request.membershipNumber(), member.shares(), HijriDates.both(day, ARABIC)));
        arabicText.setId("certificate-ar");
        Div arabic = new Div(arabicTitle, arabicText);
        arabic.getElement().setAttribute("dir", "rtl");
        arabic.getElement().setAttribute("lang", "ar");
        arabic.addClassName("certificate");
        H2 englishTitle = new H2(getTranslation(Locale.ENGLISH, "console.print.certificate.title"));
        Paragraph englishText = new Paragraph(getTranslation(Locale.ENGLISH, "console.print.certificate.text",
                member.nameLatin(), request.membershipNumber(), member.shares(), HijriDates.both(day, Locale.ENGLISH)));
        englishText.setId("certificate-en");
        Div english = new Div(englishTitle, englishText);
        english.getElement().setAttribute("dir", "ltr");
        english.getElement().setAttribute("lang", "en");
        english.addClassNames("certificate", "print-second-language");
        sheet.add(number, arabic, english, signatures("console.print.certificate.chair",
                "console.print.certificate.seal"));
    }
}
