package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.knowledge.boundary.ArticleView;
import coop.khidma.knowledge.boundary.Articles;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One article, in large type for reading at arm's length: paragraphs as written, lines starting with "- " as a list.
 * Only published public articles open here; anything else reads as not found.
 */
@Route(value = "kiosk/article", layout = KioskLayout.class)
@AnonymousAllowed
public class ReadingView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final Articles articles;
    private String title = "";

    @Inject
    public ReadingView(Articles articles) {
        this.articles = articles;
        addClassNames("kiosk-page", "kiosk-reading");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        Optional<ArticleView> article = articles.read(code);
        RouterLink back = article.isPresent()
                ? new RouterLink(getTranslation("services.info.back"), InformationView.class,
                        article.get().category().name())
                : new RouterLink(getTranslation("services.info.back"), InformationView.class);
        back.setId("article-back");
        back.addClassName("reading-back");
        back.addComponentAsFirst(VaadinIcon.ARROW_RIGHT.create());
        if (article.isEmpty()) {
            title = getTranslation("services.info.notFound");
            add(back, new H2(title));
            return;
        }
        title = article.get().title(getLocale());
        H2 heading = new H2(title);
        heading.setId("article-title");
        Div body = new Div();
        body.setId("article-body");
        body.addClassName("reading-body");
        blocks(article.get().body(getLocale())).forEach(body::add);
        add(back, heading, body);
    }

    /** Paragraphs split on blank lines; consecutive "- " lines become one list (the console's preview uses it too). */
    public static List<Component> blocks(String text) {
        List<Component> blocks = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            UnorderedList list = null;
            StringBuilder prose = new StringBuilder();
            for (String line : paragraph.strip().split("\\n")) {
                if (line.strip().startsWith("- ")) {
                    if (prose.length() > 0) {
                        blocks.add(new Paragraph(prose.toString().strip()));
                        prose.setLength(0);
                    }
                    if (list == null) {
                        list = new UnorderedList();
                        blocks.add(list);
                    }
                    list.add(new ListItem(line.strip().substring(2).strip()));
                } else {
                    list = null;
                    prose.append(line.strip()).append(' ');
                }
            }
            if (prose.length() > 0) {
                blocks.add(new Paragraph(prose.toString().strip()));
            }
        }
        return blocks;
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.name");
    }
}
