package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.PrintPage;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The member service request form (نموذج طلب خدمة عضو, one of the employee's tools in the policy) filled from the
 * request: who asks, what, by which channel, the checklist as verified, and lines for the member's and the
 * employee's signatures. {@code ?reference=2026-000042}.
 */
@Route("console/print/request")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
public class RequestFormPrintView extends PrintPage {

    private final Requests requests;

    @Inject
    public RequestFormPrintView(Requests requests) {
        this.requests = requests;
        setId("request-form-print");
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        RequestView request = requests.detail(reference);
        H2 title = new H2(getTranslation("console.print.form.title"));
        title.setId("form-title");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"console.inbox.reference", reference});
        rows.add(new String[]{"console.inbox.submitted", Dates.both(request.submittedAt(), getLocale())});
        rows.add(new String[]{"console.inbox.type", getTranslation("requestType." + request.typeCode())});
        rows.add(new String[]{"console.inbox.channel", getTranslation("channel." + request.channel())});
        rows.add(new String[]{"console.inbox.requester", request.requesterName()});
        rows.add(new String[]{"console.request.mobile", request.requesterMobile()});
        if (request.applicant() != null) {
            rows.add(new String[]{"console.request.nationalId", request.applicant().nationalId()});
            rows.add(new String[]{"console.request.nameArabic", request.applicant().nameArabic()});
            rows.add(new String[]{"console.request.nameLatin", request.applicant().nameLatin()});
            rows.add(new String[]{"console.request.city", request.applicant().city()});
            rows.add(new String[]{"console.request.shares", String.valueOf(request.applicant().shares())});
        }
        rows.add(new String[]{"console.request.details", request.details()});
        rows.add(new String[]{"console.inbox.status", getTranslation("status." + request.status())});
        Div checklist = new Div();
        checklist.addClassName("print-checklist");
        boolean arabic = "ar".equals(getLocale().getLanguage());
        for (RequestView.Item item : request.items()) {
            String how = item.method() == null ? getTranslation("itemState." + item.state())
                    : getTranslation("verification." + item.method()) + " — " + item.verifiedBy() + " — "
                    + Dates.both(item.verifiedAt(), getLocale());
            Span box = new Span(item.state() == coop.khidma.intake.entity.ItemState.VERIFIED ? "☑" : "☐");
            box.addClassName("print-box");
            Div row = new Div(box, new Span(arabic ? item.labelArabic() : item.labelEnglish()), new Span(how));
            row.addClassName("print-checklist-row");
            checklist.add(row);
        }
        sheet.add(title, lines(rows), new H3(getTranslation("console.request.checklist")), checklist,
                signatures("console.print.form.member", "console.print.form.employee"));
    }
}
