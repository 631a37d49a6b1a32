package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.satisfaction.boundary.SuggestionView;
import coop.khidma.satisfaction.entity.SuggestionStatus;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.ui.shared.CsvExport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The suggestions in the status chosen in its {@link #filters()} (the open ones — received and being studied — at
 * first), each a card; a study, adoption or decline is emitted as {@link Answered}, an improvement item to open from
 * one as {@link ImprovementAsked}. Reads through {@code inStatus}; changes nothing itself.
 */
public class SuggestionsPanel extends Div {

    /** What a suggestion's answer decides. */
    public enum Verdict { STUDY, ADOPT, DECLINE }

    /** The answer as typed on the suggestion's card: the "you said" summary and the public answer, in both languages. */
    public record Answer(SuggestionView suggestion, Verdict verdict, String saidArabic, String saidEnglish,
                         String answerArabic, String answerEnglish) {
    }

    public static class Answered extends FormEvent<SuggestionsPanel, Answer> {
        Answered(SuggestionsPanel panel, Answer answer) {
            super(panel, answer);
        }
    }

    /** An improvement item to open from this suggestion. */
    public static class ImprovementAsked extends FormEvent<SuggestionsPanel, SuggestionView> {
        ImprovementAsked(SuggestionsPanel panel, SuggestionView suggestion) {
            super(panel, suggestion);
        }
    }

    private final Function<SuggestionStatus, List<SuggestionView>> inStatus;
    private final Select<SuggestionStatus> status = new Select<>();

    public SuggestionsPanel(Function<SuggestionStatus, List<SuggestionView>> inStatus) {
        this.inStatus = inStatus;
        setId("suggestions");
        addClassName("console-list");
        status.setId("suggestion-status");
        status.setLabel(getTranslation("backoffice.suggestions.status"));
        status.setItems(SuggestionStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("backoffice.suggestions.open")
                : getTranslation("backoffice.suggestion." + value));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("backoffice.suggestions.open"));
        status.addValueChangeListener(change -> refresh());
    }

    /** The status to list and the CSV of the suggestions listed, to put above the list. */
    public Component filters() {
        Div bar = new Div(status, CsvExport.<SuggestionView>named("suggestions")
                .column("backoffice.suggestions.status",
                        (suggestion, locale) -> getTranslation(locale, "backoffice.suggestion." + suggestion.status()))
                .column("backoffice.satisfaction.serviceColumn",
                        (suggestion, locale) -> getTranslation(locale, "services.rated." + suggestion.service()))
                .column("kiosk.inquiry.received.when",
                        (suggestion, locale) -> HijriDates.both(suggestion.receivedOn(), locale))
                .column("backoffice.suggestions.text", SuggestionView::text)
                .column("services.improvements.youSaid", (suggestion, locale) -> Locales.isRightToLeft(locale)
                        ? suggestion.summaryArabic() : suggestion.summaryEnglish())
                .column("backoffice.suggestions.publicAnswer", (suggestion, locale) -> Locales.isRightToLeft(locale)
                        ? suggestion.answerArabic() : suggestion.answerEnglish())
                .rows(() -> CsvExport.all(shown())).link());
        bar.addClassName("console-filters");
        return bar;
    }

    /** The suggestions in the status chosen, or the open ones (received and being studied). */
    private List<SuggestionView> shown() {
        List<SuggestionView> shown = new ArrayList<>();
        if (status.getValue() == null) {
            shown.addAll(inStatus.apply(SuggestionStatus.RECEIVED));
            shown.addAll(inStatus.apply(SuggestionStatus.STUDYING));
        } else {
            shown.addAll(inStatus.apply(status.getValue()));
        }
        return shown;
    }

    public void refresh() {
        removeAll();
        List<SuggestionView> shown = shown();
        if (shown.isEmpty()) {
            add(new Paragraph(getTranslation("backoffice.suggestions.none")));
        }
        shown.forEach(suggestion -> add(new SuggestionCard(suggestion,
                answer -> fireEvent(new Answered(this, answer)),
                asked -> fireEvent(new ImprovementAsked(this, asked)))));
    }

    public Registration addAnsweredListener(ComponentEventListener<Answered> listener) {
        return addListener(Answered.class, listener);
    }

    public Registration addImprovementAskedListener(ComponentEventListener<ImprovementAsked> listener) {
        return addListener(ImprovementAsked.class, listener);
    }
}
