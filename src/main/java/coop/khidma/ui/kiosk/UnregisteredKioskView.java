package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.ui.shared.LanguageSwitch;

/** What a browser that is not one of the association's registered kiosks sees instead of the kiosk. */
@Route("kiosk/unregistered")
@AnonymousAllowed
public class UnregisteredKioskView extends Div implements HasDynamicTitle {

    public UnregisteredKioskView() {
        addClassNames("kiosk", "kiosk-unregistered");
        setId("kiosk-unregistered");
        Div box = new Div(VaadinIcon.LOCK.create(), new H1(getTranslation("app.name")),
                new H2(getTranslation("admin.kiosk.unregistered.title")),
                new Paragraph(getTranslation("admin.kiosk.unregistered.text")));
        box.addClassName("kiosk-unregistered-box");
        add(new LanguageSwitch(), box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.kiosk.unregistered.title") + " — " + getTranslation("app.name");
    }
}
