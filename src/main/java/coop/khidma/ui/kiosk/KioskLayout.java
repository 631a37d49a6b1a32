package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.platform.kiosk.KioskDevices;
import coop.khidma.ui.shared.LanguageSwitch;
import jakarta.inject.Inject;

/**
 * The kiosk's frame: the association's name (tap it to go home), the language switch, then the screen; an idle
 * kiosk resets itself for the next visitor. Only a registered kiosk device gets here ({@link KioskDeviceGate}).
 */
public class KioskLayout extends Div implements RouterLayout {

    @Inject
    public KioskLayout(KioskDevices devices) {
        addClassName("kiosk");
        RouterLink home = new RouterLink(WelcomeView.class);
        home.addClassName("kiosk-brand");
        home.add(new H1(getTranslation("app.name")), new Span(getTranslation("association.name")));
        Header header = new Header(home, new LanguageSwitch());
        header.addClassName("kiosk-header");
        Main content = new Main();
        content.addClassName("kiosk-content");
        add(header, content, new IdleReset(devices.idleSeconds()));
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        getChildren().filter(Main.class::isInstance).findFirst()
                .ifPresent(main -> main.getElement().removeAllChildren().appendChild(content.getElement()));
    }
}
