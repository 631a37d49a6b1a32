package coop.khidma.ui.console.knowledge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.knowledge.boundary.ArticleView;
import coop.khidma.intake.boundary.RequestTypes;
import coop.khidma.knowledge.boundary.Articles;
import coop.khidma.knowledge.boundary.Bylaws;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.StaffAccounts;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.SignedIn;
import coop.khidma.ui.kiosk.ReadingView;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.BylawsDocumentPanel;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The knowledge base behind the kiosk's information screen: the bylaws, the member-support policy guide and the
 * answers to frequent questions, in Arabic and English, public or for staff only. Staff write and edit (a change over
 * someone else's newer edit is refused by the one error handler, and what was typed stays); administrators publish
 * and withdraw. The preview shows an article exactly as the kiosk lays it out, in both languages. Beneath: the bylaws
 * as the real document (administrators upload the next edition) and the blank request forms to print.
 */
@Route(value = "console/knowledge", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class KnowledgeView extends Div implements HasDynamicTitle {

    private final Articles articles;
    private final Bylaws bylaws;
    private final Set<String> roles;
    private final Div bylawsShelf = new Div();
    private final Grid<ArticleView> grid = new Grid<>();
    private final ArticleForm form;
    private final Div publishing = new Div();
    private final Div preview = new Div();
    private ArticleView selected;

    @Inject
    public KnowledgeView(Articles articles, Bylaws bylaws, RequestTypes types, StaffAccounts accounts,
                         Requests requests) {
        this.articles = articles;
        this.bylaws = bylaws;
        this.form = new ArticleForm(requests.typeCodes());
        this.roles = SignedIn.of(accounts).roles();
        addClassNames("console-page", "backoffice-knowledge");
        grid.setId("articles");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        Columns<ArticleView> columns = new Columns<ArticleView>()
                .column("backoffice.article.code", ArticleView::code).autoWidth()
                .column("backoffice.article.category",
                        (article, locale) -> getTranslation(locale, "services.info.shelf." + article.category().name()))
                .autoWidth()
                .column("backoffice.article.title", ArticleView::title).gridOnly().flexGrow(2)
                .column("backoffice.article.titleArabic", ArticleView::titleArabic).csvOnly()
                .column("backoffice.article.titleEnglish", ArticleView::titleEnglish).csvOnly()
                .column("backoffice.article.audience",
                        (article, locale) -> getTranslation(locale, "backoffice.audience." + article.audience().name()))
                .autoWidth()
                .column("backoffice.article.requestTypes", (article, locale) -> String.join(", ",
                        article.requestTypes().stream().map(code -> getTranslation(locale, "requestType." + code))
                                .toList())).csvOnly()
                .column("backoffice.article.state", (article, locale) -> getTranslation(locale,
                        article.published() ? "backoffice.article.published" : "backoffice.article.draft"))
                .autoWidth();
        columns.addTo(grid);
        grid.setHeight("22rem");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
        publishing.setId("article-publishing");
        publishing.addClassName("request-actions");
        preview.setId("article-preview");
        preview.addClassName("backoffice-preview");
        Div heading = new Div(new H2(getTranslation("backoffice.knowledge.title")));
        heading.addClassName("request-title");
        Div export = new Div(CsvExport.<ArticleView>named("articles").columns(columns)
                .rows(() -> CsvExport.all(articles.all())).link());
        export.addClassName("console-filters");
        add(heading, export, grid);
        if (roles.contains(Roles.STAFF)) {
            Button fresh = new Button(getTranslation("backoffice.article.new"), VaadinIcon.PLUS.create(), click -> {
                grid.asSingleSelect().clear();
                selected = null;
                form.edit(null);
                showPublishing();
                preview.removeAll();
            });
            fresh.setId("article-new");
            heading.add(fresh);
            form.setId("article-form");
            form.addSavedListener(saved -> save(saved.typed()));
            form.addPreviewedListener(previewed -> preview(previewed.typed().texts().titleArabic(),
                    previewed.typed().texts().bodyArabic(), previewed.typed().texts().titleEnglish(),
                    previewed.typed().texts().bodyEnglish()));
            add(Facts.section(getTranslation("backoffice.knowledge.edit"), form));
        }
        add(publishing, Facts.section(getTranslation("backoffice.knowledge.preview"), preview));
        bylawsShelf.setId("bylaws-shelf");
        showBylaws();
        add(Facts.section(getTranslation("bylaws.title"), bylawsShelf),
                Facts.section(getTranslation("blankForm.shelf"), new BlankForms(types.forms())));
        grid.setItems(articles.all());
    }

    /** The bylaws document as published; for administrators, the upload of the next edition. */
    private void showBylaws() {
        bylawsShelf.removeAll();
        bylawsShelf.add(new BylawsDocumentPanel(bylaws, false));
        if (roles.contains(Roles.ADMIN)) {
            BylawsUpload upload = new BylawsUpload();
            upload.addChosenListener(chosen -> {
                Bylaws.Edition edition;
                try {
                    edition = bylaws.upload(chosen.typed().name(), chosen.typed().content());
                } catch (RuntimeException failure) {
                    upload.refuse(ErrorMessages.messageFor(failure, getLocale()));
                    return;
                }
                Facts.success(getTranslation("bylaws.uploaded", edition.edition()));
                showBylaws();
            });
            bylawsShelf.add(upload);
        }
    }

    private void show(ArticleView article) {
        selected = article;
        form.edit(article);
        showPublishing();
        preview(article.titleArabic(), article.bodyArabic(), article.titleEnglish(), article.bodyEnglish());
    }

    private void showPublishing() {
        publishing.removeAll();
        if (selected == null) {
            return;
        }
        Span state = new Span(getTranslation(selected.published() ? "backoffice.article.published"
                : "backoffice.article.draft"));
        state.setId("article-state");
        state.getElement().getThemeList().add(selected.published() ? "badge success" : "badge contrast");
        publishing.add(new Span(selected.code()), state);
        if (roles.contains(Roles.ADMIN)) {
            ArticleView shown = selected;
            Button toggle = shown.published()
                    ? new Button(getTranslation("backoffice.article.withdraw"), VaadinIcon.EYE_SLASH.create(),
                            click -> act(() -> articles.withdraw(shown.ref()), "backoffice.article.withdrawn"))
                    : new Button(getTranslation("backoffice.article.publish"), VaadinIcon.GLOBE.create(),
                            click -> act(() -> articles.publish(shown.ref()), "backoffice.article.publishedDone"));
            toggle.setId(shown.published() ? "article-withdraw" : "article-publish");
            toggle.addThemeVariants(shown.published() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            publishing.add(toggle);
        }
    }

    private void save(ArticleForm.Typed typed) {
        ArticleView saved;
        try {
            saved = typed.isNew()
                    ? articles.write(typed.code(), typed.category(), typed.position(), typed.texts(), typed.audience(),
                    typed.requestTypes())
                    : articles.edit(typed.seen(), typed.category(), typed.position(), typed.texts(), typed.audience(),
                    typed.requestTypes());
        } catch (RuntimeException failure) {
            ErrorMessages.showAt(failure, getLocale(), form::showError);
            return;
        }
        Facts.success(getTranslation("backoffice.article.saved", saved.code()));
        reload(saved);
    }

    private void act(Supplier<ArticleView> action, String doneKey) {
        ArticleView changed;
        try {
            changed = action.get();
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
            return;
        }
        Facts.success(getTranslation(doneKey, changed.code()));
        reload(changed);
    }

    private void reload(ArticleView article) {
        grid.setItems(articles.all());
        grid.getListDataView().getItems().filter(row -> row.code().equals(article.code())).findFirst()
                .ifPresentOrElse(grid::select, () -> show(article));
    }

    /** The article in both languages, laid out as the kiosk's reading screen lays it out. */
    private void preview(String titleArabic, String bodyArabic, String titleEnglish, String bodyEnglish) {
        preview.removeAll();
        preview.add(page("article-preview-ar", "rtl", "ar", titleArabic, bodyArabic),
                page("article-preview-en", "ltr", "en", titleEnglish, bodyEnglish));
    }

    private Component page(String id, String direction, String language, String title, String body) {
        H2 heading = new H2(title);
        Div text = new Div();
        text.addClassName("reading-body");
        ReadingView.blocks(body == null ? "" : body).forEach(text::add);
        Div page = new Div(heading, text);
        page.setId(id);
        page.addClassNames("kiosk-reading", "backoffice-preview-page");
        page.getElement().setAttribute("dir", direction);
        page.getElement().setAttribute("lang", language);
        return page;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.knowledge.title") + " — " + getTranslation("console.title");
    }
}
