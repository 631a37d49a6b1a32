package coop.khidma.ui.kiosk;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinRequest;
import coop.khidma.platform.kiosk.DeviceTokens;
import coop.khidma.platform.kiosk.KioskDevices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;

import java.util.Arrays;

/**
 * A kiosk screen opens only on a registered kiosk device: before any screen inside {@link KioskLayout} is made, the
 * device token cookie must be one the association registered; any other browser sees {@link UnregisteredKioskView}.
 */
@ApplicationScoped
public class KioskDeviceGate implements BeforeEnterListener {

    @Inject
    KioskDevices devices;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLayouts().contains(KioskLayout.class) && !devices.recognised(presentedToken())) {
            event.rerouteTo(UnregisteredKioskView.class);
        }
    }

    static String presentedToken() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> DeviceTokens.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
