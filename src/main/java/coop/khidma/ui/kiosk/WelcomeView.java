package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import coop.khidma.assembly.boundary.CheckIns;
import coop.khidma.satisfaction.boundary.Improvement;
import coop.khidma.satisfaction.boundary.Suggestions;
import jakarta.inject.Inject;

import java.util.List;

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

/**
 * The kiosk's first screen: a courteous welcome, the services as large tiles, and "you said, we did" — the
 * suggestions the association adopted and what it did about them.
 */
@Route(value = "", layout = KioskLayout.class)
@RouteAlias(value = "kiosk", layout = KioskLayout.class)
@AnonymousAllowed
public class WelcomeView extends Div implements HasDynamicTitle {

    @Inject
    public WelcomeView(Suggestions suggestions, CheckIns assemblyCheckIns) {
        addClassName("kiosk-welcome");
        Div tiles = new Div(
                tile("kiosk.service.checkin", "kiosk.service.checkin.hint", VaadinIcon.TICKET, CheckInView.class),
                tile("kiosk.service.request", "kiosk.service.request.hint", VaadinIcon.FILE_TEXT_O, RequestView.class),
                tile("kiosk.service.inquiry", "kiosk.service.inquiry.hint", VaadinIcon.QUESTION_CIRCLE,
                        InquiryView.class),
                tile("kiosk.service.track", "kiosk.service.track.hint", VaadinIcon.SEARCH, TrackView.class),
                tile("services.tile.information", "services.tile.information.hint", VaadinIcon.BOOK,
                        InformationView.class),
                tile("services.tile.rate", "services.tile.rate.hint", VaadinIcon.SMILEY_O, RatingView.class),
                tile("services.tile.volunteer", "services.tile.volunteer.hint", VaadinIcon.HANDS_UP,
                        VolunteerSignUpView.class));
        if (assemblyCheckIns.meetingToday().isPresent()) {
            tiles.addComponentAsFirst(tile("assemblyday.tile.assembly", "assemblyday.tile.assembly.hint", VaadinIcon.GROUP,
                    AssemblyCheckInView.class));
        }
        tiles.addClassName("kiosk-tiles");
        add(new H2(getTranslation("kiosk.welcome.title")), new Paragraph(getTranslation("kiosk.welcome.subtitle")),
                tiles, improvements(suggestions.recentImprovements(3)));
    }

    private Section improvements(List<Improvement> adopted) {
        Section strip = new Section(new H3(getTranslation("services.improvements.title")));
        strip.addClassName("kiosk-improvements");
        strip.setId("improvements");
        if (adopted.isEmpty()) {
            strip.add(new Paragraph(getTranslation("services.improvements.empty")));
        }
        for (Improvement improvement : adopted) {
            Div item = new Div(
                    new Paragraph(getTranslation("services.improvements.youSaid") + ": "
                            + improvement.youSaid(getLocale())),
                    new Paragraph(getTranslation("services.improvements.weDid") + ": "
                            + improvement.weDid(getLocale())));
            item.addClassName("kiosk-improvement");
            strip.add(item);
        }
        return strip;
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
