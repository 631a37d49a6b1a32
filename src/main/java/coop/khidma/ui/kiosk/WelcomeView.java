package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The kiosk's first screen: a courteous welcome and the services as large tiles. */
@Route(value = "", layout = KioskLayout.class)
@RouteAlias(value = "kiosk", layout = KioskLayout.class)
@AnonymousAllowed
public class WelcomeView extends Div implements HasDynamicTitle {

    public WelcomeView() {
        addClassName("kiosk-welcome");
        Div tiles = new Div(
                tile("kiosk.service.checkin", "kiosk.service.checkin.hint", VaadinIcon.TICKET, CheckInView.class),
                tile("kiosk.service.request", "kiosk.service.request.hint", VaadinIcon.FILE_TEXT_O, RequestView.class),
                tile("kiosk.service.inquiry", "kiosk.service.inquiry.hint", VaadinIcon.QUESTION_CIRCLE,
                        InquiryView.class),
                tile("kiosk.service.track", "kiosk.service.track.hint", VaadinIcon.SEARCH, TrackView.class));
        tiles.addClassName("kiosk-tiles");
        add(new H2(getTranslation("kiosk.welcome.title")), new Paragraph(getTranslation("kiosk.welcome.subtitle")),
                tiles);
    }

    private RouterLink tile(String title, String hint, VaadinIcon icon,
                            Class<? extends com.vaadin.flow.component.Component> target) {
        RouterLink tile = new RouterLink(target);
        tile.addClassName("kiosk-tile");
        tile.setId("tile-" + title.substring(title.lastIndexOf('.') + 1));
        Span caption = new Span(getTranslation(title));
        caption.addClassName("kiosk-tile-title");
        Span detail = new Span(getTranslation(hint));
        detail.addClassName("kiosk-tile-hint");
        tile.add(icon.create(), caption, detail);
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " — " + getTranslation("association.name");
    }
}
