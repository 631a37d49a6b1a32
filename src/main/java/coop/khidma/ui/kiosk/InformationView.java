package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.knowledge.boundary.ArticleView;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.knowledge.boundary.Articles;
import coop.khidma.knowledge.boundary.Bylaws;
import coop.khidma.knowledge.entity.ArticleCategory;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;

/**
 * The knowledge base at the kiosk: the bylaws (the real document first, when the association uploaded it), the
 * member-support policy guide and the answers to frequent questions, one shelf at a time; the blank request forms to
 * print at the counter; and a search that finds Arabic however it is spelled (and English in any case).
 */
@Route(value = "kiosk/information", layout = KioskLayout.class)
@AnonymousAllowed
public class InformationView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final Articles articles;
    private final Bylaws bylaws;
    private final KioskRequests requests;
    private final TextField search = new TextField();
    private final Div shelves = new Div();
    private final Div results = new Div();
    private final Paragraph heading = new Paragraph();

    @Inject
    public InformationView(Articles articles, Bylaws bylaws, KioskRequests requests) {
        this.articles = articles;
        this.bylaws = bylaws;
        this.requests = requests;
        addClassNames("kiosk-page", "kiosk-information");

        search.setId("info-search");
        search.setLabel(getTranslation("services.info.search"));
        search.setPlaceholder(getTranslation("services.info.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.getElement().setAttribute("enterkeyhint", "search");
        search.addKeyPressListener(Key.ENTER, enter -> find());
        Button go = new Button(getTranslation("services.info.search.go"), click -> find());
        go.setId("info-search-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div searchBar = new Div(search, go);
        searchBar.addClassName("info-search-bar");

        shelves.addClassName("info-shelves");
        shelves.getElement().setAttribute("role", "tablist");
        for (ArticleCategory category : ArticleCategory.values()) {
            Button shelf = new Button(getTranslation("services.info.shelf." + category.name()),
                    click -> show(category));
            shelf.setId("shelf-" + category.name());
            shelf.addThemeVariants(ButtonVariant.LUMO_LARGE);
            shelf.getElement().setAttribute("role", "tab");
            shelves.add(shelf);
        }
        Button forms = new Button(getTranslation("blankForm.shelf"), click -> showForms());
        forms.setId("shelf-FORMS");
        forms.addThemeVariants(ButtonVariant.LUMO_LARGE);
        forms.getElement().setAttribute("role", "tab");
        shelves.add(forms);
        heading.setId("info-heading");
        heading.addClassName("info-heading");
        results.setId("info-results");
        results.addClassName("info-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("services.info.title")), searchBar, shelves, heading, results);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String shelf) {
        if ("FORMS".equals(shelf)) {
            showForms();
            return;
        }
        show(Arrays.stream(ArticleCategory.values()).filter(category -> category.name().equals(shelf)).findFirst()
                .orElse(ArticleCategory.FAQ));
    }

    private void show(ArticleCategory category) {
        choose("shelf-" + category.name());
        heading.setText(getTranslation("services.info.shelf." + category.name() + ".hint"));
        list(articles.shelf(category));
        if (category == ArticleCategory.BYLAWS) {
            results.addComponentAsFirst(bylawsDocument());
        }
    }

    /** The bylaws as the real document, first on its shelf; or, plainly, that it was not uploaded yet. */
    private Component bylawsDocument() {
        if (bylaws.current().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("bylaws.none"));
            none.setId("bylaws-none");
            return none;
        }
        RouterLink entry = new RouterLink(BylawsView.class);
        entry.setId("bylaws-document-entry");
        entry.addClassName("info-entry");
        Span title = new Span(getTranslation("bylaws.title"));
        title.addClassName("info-entry-title");
        entry.add(VaadinIcon.FILE_TEXT.create(), title, VaadinIcon.ANGLE_LEFT.create());
        return entry;
    }

    /** The blank member service request forms, one per type the kiosk offers, each opening its A4 print page. */
    private void showForms() {
        choose("shelf-FORMS");
        heading.setText(getTranslation("blankForm.shelf.hint"));
        results.removeAll();
        requests.offeredTypes().forEach(type -> {
            Anchor entry = new Anchor("kiosk/print/form?type=" + type.code(), "");
            entry.addClassName("info-entry");
            entry.setId("form-" + type.code());
            Span title = new Span("ar".equals(getLocale().getLanguage()) ? type.nameArabic() : type.nameEnglish());
            title.addClassName("info-entry-title");
            entry.add(VaadinIcon.PRINT.create(), title, VaadinIcon.ANGLE_LEFT.create());
            results.add(entry);
        });
    }

    private void choose(String shelfId) {
        shelves.getChildren().forEach(shelf -> {
            boolean chosen = shelf.getId().orElse("").equals(shelfId);
            shelf.getElement().setAttribute("aria-selected", String.valueOf(chosen));
            shelf.getElement().getClassList().set("chosen", chosen);
        });
    }

    private void find() {
        String query = search.getValue();
        if (query == null || query.isBlank()) {
            return;
        }
        choose("");
        List<ArticleView> found = articles.search(query);
        heading.setText(getTranslation("services.info.found", found.size(), query.strip()));
        list(found);
        if (found.isEmpty()) {
            RouterLink ask = new RouterLink(getTranslation("services.info.none.ask"), InquiryView.class);
            ask.setId("info-ask");
            ask.addClassName("info-ask");
            results.add(new Paragraph(getTranslation("services.info.none")), ask);
        }
    }

    private void list(List<ArticleView> shown) {
        results.removeAll();
        shown.forEach(article -> {
            RouterLink entry = new RouterLink(ReadingView.class, article.code());
            entry.addClassName("info-entry");
            entry.setId("article-" + article.code());
            Span title = new Span(article.title(getLocale()));
            title.addClassName("info-entry-title");
            entry.add(VaadinIcon.FILE_TEXT_O.create(), title, VaadinIcon.ANGLE_LEFT.create());
            results.add(entry);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("services.info.title") + " — " + getTranslation("app.name");
    }
}
