package coop.khidma.ui.console.members;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.membership.boundary.MemberProfile;
import coop.khidma.membership.boundary.Members;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.PrintPage;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * The membership certificate handed to a member (policy clause 5), in Arabic right to left with the English beneath,
 * dated in Hijri and Gregorian: the member's names, the membership number, the shares and the capital they make at
 * the nominal value in force, as the member register holds them now. A member who is no longer active (withdrawn, suspended) gets no certificate: the page says why instead.
 * {@code ?reference=2026-000042} (the completed membership application).
 */
@Route("console/print/certificate")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class CertificatePrintView extends PrintPage {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final Requests requests;
    private final Members members;

    @Inject
    public CertificatePrintView(Requests requests, Members members) {
        this.requests = requests;
        this.members = members;
        setId("certificate-print");
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        String number = requests.detail(reference).membershipNumber();
        if (number == null) {
            throw new DomainException("rule.request.memberNotActive");
        }
        MemberProfile member;
        try {
            member = members.certificate(number);
        } catch (DomainException notCurrent) {
            Paragraph refused = new Paragraph(ErrorMessages.messageFor(notCurrent, getLocale()));
            refused.setId("certificate-refused");
            sheet.add(new H2(getTranslation("console.print.certificate.title")), refused);
            return;
        }
        var day = member.activatedAt().atZone(HijriDates.RIYADH).toLocalDate();
        Span shown = new Span(member.membershipNumber());
        shown.setId("certificate-number");
        shown.addClassName("certificate-number");
        H2 arabicTitle = new H2(getTranslation(ARABIC, "console.print.certificate.title"));
        Paragraph arabicText = new Paragraph(getTranslation(ARABIC, "console.print.certificate.text",
                member.nameArabic(), member.membershipNumber(), member.shares(), HijriDates.both(day, ARABIC)));
        arabicText.setId("certificate-ar");
        Paragraph arabicCapital = new Paragraph(getTranslation(ARABIC, "shares.certificate.capital",
                Riyals.count(member.shares(), ARABIC), Riyals.of(member.capital(), ARABIC),
                Riyals.of(member.nominalValue(), ARABIC)));
        arabicCapital.setId("certificate-capital-ar");
        Div arabic = new Div(arabicTitle, arabicText, arabicCapital);
        arabic.getElement().setAttribute("dir", "rtl");
        arabic.getElement().setAttribute("lang", "ar");
        arabic.addClassName("certificate");
        H2 englishTitle = new H2(getTranslation(Locale.ENGLISH, "console.print.certificate.title"));
        Paragraph englishText = new Paragraph(getTranslation(Locale.ENGLISH, "console.print.certificate.text",
                member.nameLatin(), member.membershipNumber(), member.shares(), HijriDates.both(day, Locale.ENGLISH)));
        englishText.setId("certificate-en");
        Paragraph englishCapital = new Paragraph(getTranslation(Locale.ENGLISH, "shares.certificate.capital",
                Riyals.count(member.shares(), Locale.ENGLISH), Riyals.of(member.capital(), Locale.ENGLISH),
                Riyals.of(member.nominalValue(), Locale.ENGLISH)));
        englishCapital.setId("certificate-capital-en");
        Div english = new Div(englishTitle, englishText, englishCapital);
        english.getElement().setAttribute("dir", "ltr");
        english.getElement().setAttribute("lang", "en");
        english.addClassNames("certificate", "print-second-language");
        sheet.add(shown, arabic, english, signatures("console.print.certificate.chair",
                "console.print.certificate.seal"));
    }
}
