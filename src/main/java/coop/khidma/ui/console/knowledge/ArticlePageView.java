package coop.khidma.ui.console.knowledge;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import coop.khidma.knowledge.boundary.ArticleView;
import coop.khidma.knowledge.boundary.Articles;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.kiosk.ReadingView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * One article of the knowledge base to read at work, in the reader's language, laid out as the kiosk lays it out:
 * where the request page's "tools" lead (policy: the bylaws and the member-support policy guide are the staff's
 * tools). A staff-only article says so.
 */
@Route(value = "console/article", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
public class ArticlePageView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final Articles articles;
    private ArticleView article;

    @Inject
    public ArticlePageView(Articles articles) {
        this.articles = articles;
        addClassNames("console-page", "article-page");
        setId("article-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        article = articles.detail(code);
        removeAll();
        H2 title = new H2(article.title(getLocale()));
        title.setId("article-page-title");
        Span shelf = new Span(getTranslation("services.info.shelf." + article.category().name()) + " · "
                + getTranslation("backoffice.audience." + article.audience().name()));
        shelf.addClassName("console-muted");
        Div body = new Div();
        body.setId("article-page-body");
        body.addClassName("reading-body");
        ReadingView.blocks(article.body(getLocale())).forEach(body::add);
        Div page = new Div(title, shelf, body);
        page.addClassName("kiosk-reading");
        add(page);
    }

    @Override
    public String getPageTitle() {
        return (article == null ? "" : article.title(getLocale()) + " — ") + getTranslation("console.title");
    }
}
