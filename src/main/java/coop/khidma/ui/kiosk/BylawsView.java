package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.knowledge.boundary.Bylaws;
import coop.khidma.knowledge.entity.ArticleCategory;
import coop.khidma.ui.shared.BylawsDocumentPanel;
import jakarta.inject.Inject;

/** The association's bylaws document at the kiosk, to read on the screen and print at the counter. */
@Route(value = "kiosk/bylaws", layout = KioskLayout.class)
@AnonymousAllowed
public class BylawsView extends Div implements HasDynamicTitle {

    @Inject
    public BylawsView(Bylaws bylaws) {
        addClassNames("kiosk-page", "kiosk-reading");
        RouterLink back = new RouterLink(getTranslation("services.info.back"), InformationView.class,
                ArticleCategory.BYLAWS.name());
        back.setId("bylaws-back");
        back.addClassName("reading-back");
        back.addComponentAsFirst(VaadinIcon.ARROW_RIGHT.create());
        add(back, new H2(getTranslation("bylaws.title")), new BylawsDocumentPanel(bylaws, true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bylaws.title") + " — " + getTranslation("app.name");
    }
}
