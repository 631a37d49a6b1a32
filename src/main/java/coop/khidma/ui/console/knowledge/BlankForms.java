package coop.khidma.ui.console.knowledge;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.intake.boundary.RequestTypes;

import java.util.List;

/** The blank member service request form of each active type, each opening its A4 print page in a new tab. */
public class BlankForms extends Div {

    public BlankForms(List<RequestTypes.TypeRow> types) {
        setId("blank-forms");
        addClassName("request-list");
        boolean arabic = "ar".equals(getLocale().getLanguage());
        for (RequestTypes.TypeRow type : types) {
            Anchor print = new Anchor("kiosk/print/form?type=" + type.code(),
                    arabic ? type.nameArabic() : type.nameEnglish());
            print.setId("blank-form-" + type.code());
            print.setTarget("_blank");
            Span what = new Span(getTranslation(type.offeredAtKiosk() ? "blankForm.atKiosk" : "blankForm.staffOnly"));
            what.addClassName("request-list-when");
            Div row = new Div(print, what);
            row.addClassName("request-list-row");
            add(row);
        }
    }
}
