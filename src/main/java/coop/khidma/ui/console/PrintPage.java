package coop.khidma.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import java.util.List;

/**
 * A sheet to print on A4: the association's heading, the content, and a print button that does not print. The
 * theme's {@code @media print} rules take the console's frame away and keep the page's own direction, so Arabic
 * prints right to left.
 */
public abstract class PrintPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final Div sheet = new Div();

    protected PrintPage() {
        addClassName("print-view");
        Button print = new Button(getTranslation("console.print.print"), VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(print);
        bar.addClassName("print-toolbar");
        sheet.addClassName("print-sheet");
        add(bar, sheet);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sheet.removeAll();
        H1 association = new H1(getTranslation("association.name"));
        association.addClassName("print-association");
        sheet.add(association);
        NotAllowedView.unlessRefused(event, () ->
                fill(event.getLocation().getQueryParameters().getSingleParameter("reference").orElse(""), event));
    }

    /** Puts the page's content into {@link #sheet}. */
    protected abstract void fill(String reference, BeforeEnterEvent event);

    /** A paragraph that keeps the text's line breaks, in the direction of its language. */
    protected static Component text(String text, String direction) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("print-text");
        paragraph.getElement().setAttribute("dir", direction);
        return paragraph;
    }

    /** Label: value lines, as on a paper form. */
    protected Component lines(List<String[]> rows) {
        Div box = new Div();
        box.addClassName("print-lines");
        for (String[] row : rows) {
            Span label = new Span(getTranslation(row[0]));
            label.addClassName("print-label");
            Span value = new Span(row[1] == null ? "" : row[1]);
            value.addClassName("print-value");
            box.add(new Div(label, value));
        }
        return box;
    }

    protected Component signatures(String... labelKeys) {
        Div box = new Div();
        box.addClassName("print-signatures");
        for (String key : labelKeys) {
            Div line = new Div(new Span(getTranslation(key)));
            line.addClassName("print-signature");
            box.add(line);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.title");
    }
}
