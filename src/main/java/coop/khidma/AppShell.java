package coop.khidma;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** The page every screen lives in: the kiosk theme (source in {@code kiosk-theme/}) and a touch viewport. */
@Theme("kiosk")
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("خدمة — Khidma");
    }
}
