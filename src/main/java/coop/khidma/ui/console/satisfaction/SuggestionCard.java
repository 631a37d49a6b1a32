package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.satisfaction.boundary.SuggestionView;
import coop.khidma.satisfaction.entity.SuggestionStatus;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.satisfaction.SuggestionsPanel.Answer;
import coop.khidma.ui.console.satisfaction.SuggestionsPanel.Verdict;

import java.util.function.Consumer;

/**
 * One suggestion: its state, service, day and text; while open, the public answer in Arabic and English with study,
 * adopt and decline, and a way to open an improvement item from it; once decided, the answer the public reads. What
 * is asked goes to the {@link SuggestionsPanel} that made the card.
 */
class SuggestionCard extends Div {

    SuggestionCard(SuggestionView suggestion, Consumer<Answer> answered, Consumer<SuggestionView> improve) {
        long id = suggestion.id();
        Span status = new Span(getTranslation("backoffice.suggestion." + suggestion.status()));
        status.setId("suggestion-state-" + id);
        status.getElement().getThemeList().add("badge");
        Div heading = new Div(status, new Span(getTranslation("services.rated." + suggestion.service())),
                Facts.muted(HijriDates.both(suggestion.receivedOn(), getLocale())));
        heading.addClassName("console-list-heading");
        Paragraph text = new Paragraph(suggestion.text());
        text.addClassName("backoffice-suggestion-text");
        add(heading, text);
        setId("suggestion-" + id);
        addClassName("console-list-card");
        add(suggestion.status().isOpen() ? answer(suggestion, answered, improve) : publicAnswer(suggestion));
    }

    private Component answer(SuggestionView suggestion, Consumer<Answer> answered, Consumer<SuggestionView> improve) {
        long id = suggestion.id();
        TextArea saidArabic = area("said-ar-" + id, "backoffice.suggestions.youSaidArabic", "rtl");
        TextArea saidEnglish = area("said-en-" + id, "backoffice.suggestions.youSaidEnglish", "ltr");
        TextArea answerArabic = area("answer-ar-" + id, "backoffice.suggestions.answerArabic", "rtl");
        TextArea answerEnglish = area("answer-en-" + id, "backoffice.suggestions.answerEnglish", "ltr");
        Div texts = new Div(saidArabic, saidEnglish, answerArabic, answerEnglish);
        texts.addClassName("backoffice-answer");
        Consumer<Verdict> decide = verdict -> answered.accept(new Answer(suggestion, verdict, saidArabic.getValue(),
                saidEnglish.getValue(), answerArabic.getValue(), answerEnglish.getValue()));
        Div buttons = new Div();
        buttons.addClassName("request-actions");
        if (suggestion.status() == SuggestionStatus.RECEIVED) {
            buttons.add(button("study-" + id, "backoffice.suggestions.study", ButtonVariant.LUMO_CONTRAST,
                    () -> decide.accept(Verdict.STUDY)));
        }
        buttons.add(button("adopt-" + id, "backoffice.suggestions.adopt", ButtonVariant.LUMO_SUCCESS,
                        () -> decide.accept(Verdict.ADOPT)),
                button("decline-" + id, "backoffice.suggestions.decline", ButtonVariant.LUMO_ERROR,
                        () -> decide.accept(Verdict.DECLINE)));
        Button improvement = new Button(getTranslation("backoffice.improvement.open"), VaadinIcon.TOOLS.create(),
                click -> improve.accept(suggestion));
        improvement.setId("improve-suggestion-" + id);
        buttons.add(improvement);
        return new Div(texts, buttons);
    }

    private Component publicAnswer(SuggestionView suggestion) {
        Div answer = new Div();
        answer.setId("suggestion-answer-" + suggestion.id());
        answer.addClassName("request-facts");
        boolean arabic = Locales.isRightToLeft(getLocale());
        if (suggestion.status() == SuggestionStatus.ADOPTED) {
            answer.add(Facts.fact(getTranslation("services.improvements.youSaid"),
                    arabic ? suggestion.summaryArabic() : suggestion.summaryEnglish()));
        }
        answer.add(Facts.fact(getTranslation(suggestion.status() == SuggestionStatus.ADOPTED
                        ? "services.improvements.weDid" : "backoffice.suggestions.publicAnswer"),
                arabic ? suggestion.answerArabic() : suggestion.answerEnglish()));
        return answer;
    }

    private TextArea area(String id, String labelKey, String direction) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.getElement().setAttribute("dir", direction);
        area.addClassName("text-" + direction);
        return area;
    }

    private Button button(String id, String labelKey, ButtonVariant variant, Runnable decide) {
        Button button = new Button(getTranslation(labelKey), click -> decide.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }
}
