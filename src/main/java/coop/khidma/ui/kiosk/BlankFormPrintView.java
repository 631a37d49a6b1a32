package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.intake.boundary.RequestTypes;
import coop.khidma.intake.entity.ChecklistItem;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.ui.console.PrintPage;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The blank member service request form of one request type (نموذج طلب خدمة عضو, one of the three tools the policy
 * gives staff), on A4 in the reader's language (Arabic right to left, or English): the type's name, the member's
 * details and the type's information to fill in on blank lines, the documents to bring and the declarations to tick
 * (mandatory ones marked), the signature lines and a date line to write in Hijri and Gregorian. Public knowledge, so
 * the kiosk's information shelf prints it at the counter as well as the console. {@code ?type=WITHDRAWAL}.
 */
@Route("kiosk/print/form")
@AnonymousAllowed
public class BlankFormPrintView extends PrintPage {

    private final RequestTypes types;

    @Inject
    public BlankFormPrintView(RequestTypes types) {
        this.types = types;
        setId("blank-form-print");
        Anchor back = new Anchor("kiosk/information/FORMS", getTranslation("blankForm.back"));
        back.setId("blank-form-back");
        Div bar = new Div(back);
        bar.addClassName("print-toolbar");
        addComponentAsFirst(bar);
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        String code = event.getLocation().getQueryParameters().getSingleParameter("type").orElse("");
        var form = types.form(code);
        if (form.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("blankForm.unknown"));
            none.setId("blank-form-unknown");
            sheet.add(none);
            return;
        }
        RequestTypes.TypeRow type = form.get();
        boolean arabic = "ar".equals(getLocale().getLanguage());
        getElement().setAttribute("dir", arabic ? "rtl" : "ltr");
        getElement().setAttribute("lang", arabic ? "ar" : "en");
        H2 title = new H2(getTranslation("console.print.form.title") + " — "
                + (arabic ? type.nameArabic() : type.nameEnglish()));
        title.setId("blank-form-title");
        sheet.add(title, notes(type), lines(List.of(
                new String[]{"blankForm.name", ""}, new String[]{"blankForm.nationalId", ""},
                new String[]{"blankForm.membershipNumber", ""}, new String[]{"blankForm.mobile", ""},
                new String[]{"blankForm.email", ""})));
        List<ChecklistItem> fields = of(type, ItemKind.FIELD);
        if (!fields.isEmpty()) {
            sheet.add(new H3(getTranslation("blankForm.fields")), fieldLines(fields, arabic));
        }
        List<ChecklistItem> documents = of(type, ItemKind.DOCUMENT);
        if (!documents.isEmpty()) {
            sheet.add(new H3(getTranslation("blankForm.documents")), boxes("blank-form-documents", documents, arabic));
        }
        List<ChecklistItem> declarations = of(type, ItemKind.CONFIRMATION);
        if (!declarations.isEmpty()) {
            sheet.add(new H3(getTranslation("blankForm.declarations")),
                    boxes("blank-form-declarations", declarations, arabic));
        }
        Paragraph legend = new Paragraph(getTranslation("blankForm.legend"));
        legend.addClassName("blank-form-legend");
        Paragraph date = new Paragraph(getTranslation("blankForm.date"));
        date.setId("blank-form-date");
        date.addClassName("blank-form-date");
        sheet.add(legend, date, signatures("console.print.form.member", "console.print.form.employee"),
                lines(List.of(new String[]{"blankForm.office.reference", ""},
                        new String[]{"blankForm.office.received", ""})));
    }

    /** Whether the committee decides it, and whether it changes the member register. */
    private Component notes(RequestTypes.TypeRow type) {
        Div notes = new Div(new Span(getTranslation(type.needsCommittee() ? "blankForm.committee" : "blankForm.served")));
        if (!RequestType.changesRegister(type.code())) {
            Span unchanged = new Span(" " + getTranslation("console.request.registerUnchanged"));
            unchanged.setId("blank-form-register-unchanged");
            notes.add(unchanged);
        }
        notes.addClassName("print-text");
        return notes;
    }

    private Component fieldLines(List<ChecklistItem> fields, boolean arabic) {
        Div box = new Div();
        box.setId("blank-form-fields");
        box.addClassName("print-lines");
        for (ChecklistItem item : fields) {
            Span label = new Span(label(item, arabic));
            label.addClassName("print-label");
            Span blank = new Span();
            blank.addClassName("print-value");
            box.add(new Div(label, blank));
        }
        return box;
    }

    private Component boxes(String id, List<ChecklistItem> items, boolean arabic) {
        Div list = new Div();
        list.setId(id);
        list.addClassName("print-checklist");
        for (ChecklistItem item : items) {
            Span box = new Span("☐");
            box.addClassName("print-box");
            Div row = new Div(box, new Span(label(item, arabic)));
            row.addClassName("print-checklist-row");
            list.add(row);
        }
        return list;
    }

    /** The item's label in the reader's language, mandatory ones marked. */
    private String label(ChecklistItem item, boolean arabic) {
        return (arabic ? item.labelArabic() : item.labelEnglish()) + (item.isMandatory() ? " *" : "");
    }

    private static List<ChecklistItem> of(RequestTypes.TypeRow type, ItemKind kind) {
        return type.checklist().stream().filter(item -> item.kind() == kind).toList();
    }
}
