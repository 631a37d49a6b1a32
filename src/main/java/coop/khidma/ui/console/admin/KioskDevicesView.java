package coop.khidma.ui.console.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.kiosk.KioskDevice;
import coop.khidma.platform.kiosk.KioskDevices.DeviceRow;
import coop.khidma.platform.kiosk.KioskDevices.Enrolment;
import coop.khidma.platform.kiosk.KioskDevices;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;

/**
 * Administration: the association's kiosk devices. Register one (its one-time enrolment link is shown once, to open
 * on the device), give a device a new link, revoke one; only registered devices show the kiosk.
 */
@Route(value = "console/admin/kiosks", layout = ConsoleLayout.class)
@RolesAllowed(Roles.ADMIN)
public class KioskDevicesView extends Div implements HasDynamicTitle {

    private final KioskDevices devices;
    private final Grid<DeviceRow> grid = new Grid<>();

    @Inject
    public KioskDevicesView(KioskDevices devices) {
        this.devices = devices;
        addClassName("console-page");
        grid.setId("kiosk-devices");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        Columns<DeviceRow> columns = new Columns<DeviceRow>()
                .column("admin.kiosks.name", DeviceRow::name).autoWidth()
                .column("admin.kiosks.state", KioskDevicesView::state).autoWidth()
                .column("admin.kiosks.registered", (row, locale) -> when(row.registeredAt(), locale)).autoWidth()
                .column("admin.kiosks.lastSeen", (row, locale) -> when(row.lastSeenAt(), locale)).autoWidth();
        columns.addTo(grid);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        TextField name = new TextField();
        name.setId("kiosk-name");
        name.setPlaceholder(getTranslation("admin.kiosks.name.hint"));
        name.setAriaLabel(getTranslation("admin.kiosks.name"));
        Button register = new Button(getTranslation("admin.kiosks.register"), VaadinIcon.PLUS.create(), click -> {
            name.setInvalid(false);
            try {
                showEnrolment(devices.register(name.getValue()));
            } catch (DomainException broken) {
                name.setErrorMessage(Messages.of(broken, getLocale()));
                name.setInvalid(true);
                return;
            }
            name.clear();
            refresh();
        });
        register.setId("kiosk-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(name, register, CsvExport.<DeviceRow>named("kiosk-devices").columns(columns)
                .rows(() -> CsvExport.all(devices.devices())).link());
        bar.addClassName("console-filters");
        add(new H2(getTranslation("admin.kiosks.title")), new Paragraph(getTranslation("admin.kiosks.note")), bar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(devices.devices());
    }

    private Div actions(DeviceRow row) {
        Div actions = new Div();
        if (row.state() == KioskDevice.State.REVOKED) {
            return actions;
        }
        Button link = new Button(VaadinIcon.LINK.create(), click -> {
            showEnrolment(devices.newEnrolment(row.id(), row.version()));
            refresh();
        });
        link.setId("kiosk-link-" + row.id());
        link.setTooltipText(getTranslation("admin.kiosks.newLink"));
        link.setAriaLabel(getTranslation("admin.kiosks.newLink"));
        Button revoke = new Button(VaadinIcon.BAN.create(), click -> {
            devices.revoke(row.id(), row.version());
            refresh();
        });
        revoke.setId("kiosk-revoke-" + row.id());
        revoke.setTooltipText(getTranslation("admin.kiosks.revoke"));
        revoke.setAriaLabel(getTranslation("admin.kiosks.revoke"));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(link, revoke);
        return actions;
    }

    /** The enrolment link, shown once; the code is also typed-friendly for a kiosk without a way to follow links. */
    private void showEnrolment(Enrolment enrolment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.kiosks.enrolment.title", enrolment.name()));
        VaadinRequest request = VaadinRequest.getCurrent();
        String path = request.getContextPath() + "/kiosk/enrol/" + enrolment.code();
        Span link = new Span(path);
        link.setId("kiosk-enrolment-link");
        link.addClassName("admin-secret");
        link.getElement().setAttribute("dir", "ltr");
        Span code = new Span(enrolment.code());
        code.setId("kiosk-enrolment-code");
        code.getElement().setAttribute("dir", "ltr");
        Button close = new Button(getTranslation("admin.users.password.close"), click -> dialog.close());
        close.setId("kiosk-enrolment-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("admin.kiosks.enrolment.text",
                Dates.bothWithTime(enrolment.validUntil(), getLocale()))), link,
                new Paragraph(getTranslation("admin.kiosks.enrolment.code")), code);
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private static String state(DeviceRow row, Locale locale) {
        return Messages.get(locale, "admin.kiosks.state." + row.state());
    }

    private static String when(Instant at, Locale locale) {
        return at == null ? "" : Dates.bothWithTime(at, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.kiosks.title") + " — " + getTranslation("console.title");
    }
}
