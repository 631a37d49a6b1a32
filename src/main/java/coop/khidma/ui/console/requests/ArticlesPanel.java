package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.knowledge.boundary.ArticleView;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.knowledge.ArticlePageView;

import java.util.List;

/**
 * The staff's tools for this request (policy: the bylaws and the member-support policy guide): the published
 * knowledge-base articles that concern its type, each one tap from the article itself.
 */
public class ArticlesPanel extends Div {

    public ArticlesPanel(List<ArticleView> articles) {
        setId("request-articles");
        addClassName("request-articles");
        if (articles.isEmpty()) {
            add(Facts.muted(getTranslation("console.request.articles.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ArticleView article : articles) {
            RouterLink link = new RouterLink(article.title(getLocale()), ArticlePageView.class, article.code());
            link.setId("request-article-" + article.code());
            list.add(new ListItem(link));
        }
        add(list);
    }
}
