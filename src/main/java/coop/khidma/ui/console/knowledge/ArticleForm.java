package coop.khidma.ui.console.knowledge;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import coop.khidma.knowledge.boundary.ArticleRef;
import coop.khidma.knowledge.boundary.ArticleView;
import coop.khidma.knowledge.entity.Article;
import coop.khidma.knowledge.entity.ArticleCategory;
import coop.khidma.knowledge.entity.Audience;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.FormEvent;

import java.util.List;
import java.util.Set;

/**
 * An article of the knowledge base as staff write it: its code (new articles only), shelf, place on the shelf,
 * audience, the request types it concerns (the request page offers it to staff working one), and title and body in
 * Arabic and in English. Emits {@link Saved} with the version it was opened at (none
 * for a new one) and {@link Previewed}; the view saves or previews, and shows a broken rule at its field. What was
 * typed stays when the save is refused.
 */
public class ArticleForm extends FormLayout {

    /** What was typed; {@code seen} is empty for a new article, {@code position} is {@code -1} if not a number. */
    public record Typed(ArticleRef seen, String code, ArticleCategory category, int position, Audience audience,
                        Article.Texts texts, Set<String> requestTypes) {

        public boolean isNew() {
            return seen == null;
        }
    }

    public static class Saved extends FormEvent<ArticleForm, Typed> {
        Saved(ArticleForm form, Typed typed) {
            super(form, typed);
        }
    }

    public static class Previewed extends FormEvent<ArticleForm, Typed> {
        Previewed(ArticleForm form, Typed typed) {
            super(form, typed);
        }
    }

    final TextField code = new TextField(getTranslation("backoffice.article.code"));
    final Select<ArticleCategory> category = new Select<>();
    final TextField position = new TextField(getTranslation("backoffice.article.position"));
    final Select<Audience> audience = new Select<>();
    final TextField titleArabic = new TextField(getTranslation("backoffice.article.titleArabic"));
    final TextField titleEnglish = new TextField(getTranslation("backoffice.article.titleEnglish"));
    final TextArea bodyArabic = new TextArea(getTranslation("backoffice.article.bodyArabic"));
    final TextArea bodyEnglish = new TextArea(getTranslation("backoffice.article.bodyEnglish"));
    final MultiSelectComboBox<String> requestTypes = new MultiSelectComboBox<>(
            getTranslation("backoffice.article.requestTypes"));
    private ArticleRef seen;

    /** @param typeCodes the request types an article may concern */
    public ArticleForm(List<String> typeCodes) {
        requestTypes.setId("article-request-types");
        requestTypes.setItems(typeCodes);
        requestTypes.setItemLabelGenerator(typeCode -> getTranslation("requestType." + typeCode));
        requestTypes.setHelperText(getTranslation("backoffice.article.requestTypes.hint"));
        code.setId("article-code");
        code.setHelperText(getTranslation("backoffice.article.code.hint"));
        category.setId("article-category");
        category.setLabel(getTranslation("backoffice.article.category"));
        category.setItems(ArticleCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("services.info.shelf." + value.name()));
        position.setId("article-position");
        audience.setId("article-audience");
        audience.setLabel(getTranslation("backoffice.article.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(value -> getTranslation("backoffice.audience." + value.name()));
        titleArabic.setId("article-title-ar");
        titleArabic.getElement().setAttribute("dir", "rtl");
        titleArabic.addClassName("text-rtl");
        titleEnglish.setId("article-title-en");
        titleEnglish.getElement().setAttribute("dir", "ltr");
        titleEnglish.addClassName("text-ltr");
        bodyArabic.setId("article-body-ar");
        bodyArabic.getElement().setAttribute("dir", "rtl");
        bodyArabic.addClassName("text-rtl");
        bodyArabic.setHelperText(getTranslation("backoffice.article.body.hint"));
        bodyEnglish.setId("article-body-en");
        bodyEnglish.getElement().setAttribute("dir", "ltr");
        bodyEnglish.addClassName("text-ltr");
        bodyEnglish.setHelperText(getTranslation("backoffice.article.body.hint"));
        Button save = new Button(getTranslation("backoffice.article.save"), VaadinIcon.CHECK.create(),
                click -> {
                    List.<HasValidation>of(code, position, titleArabic, titleEnglish, bodyArabic, bodyEnglish)
                            .forEach(field -> field.setInvalid(false));
                    fireEvent(new Saved(this, typed()));
                });
        save.setId("article-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button preview = new Button(getTranslation("backoffice.article.preview"), VaadinIcon.EYE.create(),
                click -> fireEvent(new Previewed(this, typed())));
        preview.setId("article-preview-button");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36rem", 2));
        add(code, category, position, audience, requestTypes, titleArabic, titleEnglish, bodyArabic, bodyEnglish,
                save, preview);
        setColspan(requestTypes, 2);
        edit(null);
    }

    /** Fills the form with an article to edit, or empties it for a new one. */
    public void edit(ArticleView article) {
        seen = article == null ? null : article.ref();
        code.setValue(article == null ? "" : article.code());
        code.setReadOnly(article != null);
        category.setValue(article == null ? ArticleCategory.FAQ : article.category());
        position.setValue(article == null ? "1" : String.valueOf(article.position()));
        audience.setValue(article == null ? Audience.PUBLIC : article.audience());
        titleArabic.setValue(article == null ? "" : article.titleArabic());
        titleEnglish.setValue(article == null ? "" : article.titleEnglish());
        bodyArabic.setValue(article == null ? "" : article.bodyArabic());
        bodyEnglish.setValue(article == null ? "" : article.bodyEnglish());
        requestTypes.setValue(article == null ? Set.of() : Set.copyOf(article.requestTypes()));
    }

    private Typed typed() {
        int place;
        try {
            place = Integer.parseInt(Digits.toAscii(position.getValue()).strip());
        } catch (NumberFormatException notANumber) {
            place = -1;
        }
        return new Typed(seen, code.getValue().strip(), category.getValue(), place, audience.getValue(),
                new Article.Texts(titleArabic.getValue(), titleEnglish.getValue(), bodyArabic.getValue(),
                        bodyEnglish.getValue()), Set.copyOf(requestTypes.getValue()));
    }

    /** Shows the broken rule beside the field it concerns; returns false when it concerns none of them. */
    public boolean showError(String ruleKey, String message) {
        HasValidation field = switch (ruleKey) {
            case "rule.article.code", "rule.article.codeTaken" -> code;
            case "rule.article.position" -> position;
            case "rule.article.requestType", "rule.article.requestTypes" -> requestTypes;
            case "rule.article.title" -> titleArabic.getValue().isBlank() ? titleArabic : titleEnglish;
            case "rule.article.body" -> bodyArabic.getValue().isBlank() ? bodyArabic : bodyEnglish;
            default -> null;
        };
        return Facts.showAt(field, message);
    }

    public Registration addSavedListener(ComponentEventListener<Saved> listener) {
        return addListener(Saved.class, listener);
    }

    public Registration addPreviewedListener(ComponentEventListener<Previewed> listener) {
        return addListener(Previewed.class, listener);
    }
}
