package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.kiosk.DeviceTokens;
import coop.khidma.platform.kiosk.KioskDevices;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;

import java.time.Duration;

/**
 * Opened once on a new kiosk with the one-time link an administrator gave (/kiosk/enrol/CODE): the device gets its
 * token as a long-lived, HTTP-only cookie and is a kiosk from then on.
 */
@Route("kiosk/enrol")
@AnonymousAllowed
public class KioskEnrolView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final int COOKIE_DAYS = 5 * 365;
    private final KioskDevices devices;

    @Inject
    public KioskEnrolView(KioskDevices devices) {
        this.devices = devices;
        addClassNames("kiosk", "kiosk-unregistered");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        String token;
        try {
            token = devices.enrol(code);
        } catch (DomainException | EJBException failure) {
            Paragraph why = new Paragraph(ErrorMessages.messageFor(failure, getLocale()));
            why.setId("kiosk-enrol-failed");
            add(box(VaadinIcon.WARNING, getTranslation("admin.kiosk.enrol.failed"), why));
            return;
        }
        Cookie cookie = new Cookie(DeviceTokens.COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(COOKIE_DAYS).toSeconds());
        String context = VaadinRequest.getCurrent().getContextPath();
        cookie.setPath(context == null || context.isEmpty() ? "/" : context);
        cookie.setSecure(VaadinRequest.getCurrent().isSecure());
        cookie.setAttribute("SameSite", "Strict");
        VaadinResponse.getCurrent().addCookie(cookie);
        Anchor start = new Anchor("./", getTranslation("admin.kiosk.enrol.start"));
        start.setId("kiosk-enrol-start");
        start.addClassName("kiosk-enrol-start");
        Paragraph done = new Paragraph(getTranslation("admin.kiosk.enrol.done"));
        done.setId("kiosk-enrolled");
        add(box(VaadinIcon.CHECK_CIRCLE, getTranslation("admin.kiosk.enrol.title"), done, start));
    }

    private Div box(VaadinIcon icon, String title, com.vaadin.flow.component.Component... content) {
        Div box = new Div(icon.create(), new H2(title));
        box.add(content);
        box.addClassName("kiosk-unregistered-box");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.kiosk.enrol.title") + " — " + getTranslation("app.name");
    }
}
