package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import coop.khidma.satisfaction.boundary.LowRating;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.ui.shared.CsvExport;

import java.util.List;

/**
 * One service's low ratings and anonymous comments for the period shown — service, channel, score and text, never a
 * day or a person — each low rating with a way to open an improvement item from it ({@link ImprovementAsked}).
 * Calls no service.
 */
public class ServiceDetailPanel extends Div {

    /** An improvement item to open from this low rating. */
    public static class ImprovementAsked extends FormEvent<ServiceDetailPanel, LowRating> {
        ImprovementAsked(ServiceDetailPanel panel, LowRating rating) {
            super(panel, rating);
        }
    }

    public ServiceDetailPanel() {
        setId("service-detail");
    }

    /** No service chosen: the page asks for one. */
    public void chooseService() {
        removeAll();
        add(new Paragraph(getTranslation("backoffice.satisfaction.chooseService")));
    }

    /** The service's details are withheld (too few ratings): why, in the reader's language. */
    public void withheld(String message) {
        removeAll();
        Paragraph withheld = new Paragraph(message);
        withheld.setId("service-withheld");
        add(withheld);
    }

    public void show(RatedService chosen, List<LowRating> low, List<String> comments) {
        removeAll();
        add(exports(chosen, low, comments), lowRatings(low), comments(comments));
    }

    private Component lowRatings(List<LowRating> low) {
        Div list = new Div();
        list.setId("low-ratings");
        list.addClassName("console-list");
        list.add(new H3(getTranslation("backoffice.satisfaction.low")));
        if (low.isEmpty()) {
            list.add(new Paragraph(getTranslation("backoffice.satisfaction.noLow")));
        }
        low.forEach(rating -> list.add(lowRating(rating)));
        return list;
    }

    private Component lowRating(LowRating rating) {
        Span score = new Span(getTranslation("backoffice.satisfaction.score", rating.score()));
        score.getElement().getThemeList().add("badge error");
        Span text = new Span(rating.comment() == null ? getTranslation("backoffice.satisfaction.noComment")
                : rating.comment());
        Button improve = new Button(getTranslation("backoffice.improvement.open"), VaadinIcon.TOOLS.create(),
                click -> fireEvent(new ImprovementAsked(this, rating)));
        improve.setId("improve-rating-" + rating.id());
        improve.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div row = new Div(score, new Span(getTranslation("backoffice.channel." + rating.channel())), text, improve);
        row.addClassName("console-list-heading");
        row.setId("low-rating-" + rating.id());
        return row;
    }

    private Component comments(List<String> comments) {
        Div list = new Div(new H3(getTranslation("backoffice.satisfaction.comments")));
        list.setId("comments");
        if (comments.isEmpty()) {
            list.add(new Paragraph(getTranslation("backoffice.satisfaction.noComments")));
        }
        comments.forEach(comment -> list.add(new Paragraph(comment)));
        return list;
    }

    /** The low ratings and comments listed, as listed: service, channel, score and text, never a day or a person. */
    private Component exports(RatedService chosen, List<LowRating> low, List<String> comments) {
        Div bar = new Div(CsvExport.<LowRating>named("satisfaction-low")
                .column("backoffice.satisfaction.serviceColumn",
                        (rating, locale) -> getTranslation(locale, "services.rated." + rating.service().name()))
                .column("backoffice.satisfaction.channel",
                        (rating, locale) -> getTranslation(locale, "backoffice.channel." + rating.channel().name()))
                .column("backoffice.satisfaction.scoreColumn", rating -> String.valueOf(rating.score()))
                .column("backoffice.satisfaction.comments", (rating, locale) -> rating.comment() == null
                        ? getTranslation(locale, "backoffice.satisfaction.noComment") : rating.comment())
                .rows(() -> CsvExport.all(low)).link(),
                CsvExport.<String>named("satisfaction-comments")
                        .column("backoffice.satisfaction.serviceColumn", (comment, locale) -> getTranslation(locale,
                                "services.rated." + chosen.name()))
                        .column("backoffice.satisfaction.comments", comment -> comment)
                        .rows(() -> CsvExport.all(comments)).link());
        bar.addClassName("console-filters");
        return bar;
    }

    public Registration addImprovementAskedListener(ComponentEventListener<ImprovementAsked> listener) {
        return addListener(ImprovementAsked.class, listener);
    }
}
