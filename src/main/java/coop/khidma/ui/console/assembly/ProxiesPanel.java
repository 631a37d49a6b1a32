package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import coop.khidma.assembly.entity.Proxy;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.ui.console.members.MemberView;
import coop.khidma.ui.console.requests.RequestDetailView;
import coop.khidma.ui.shared.Dates;

import java.util.List;

/**
 * The meeting's proxies: who gave one to whom, from which request, when, and whether it was withdrawn; before the
 * meeting starts, staff record a verified proxy appointment request (its reference and the member giving the proxy;
 * the proxy's number is in its checklist) and withdraw a proxy. Emits {@link Record} and {@link Withdraw}.
 */
class ProxiesPanel extends Div {

    /** A request to carry out: its reference and the grantor's membership number, as typed. */
    record Typed(String request, String grantor) {
    }

    static class Record extends FormEvent<ProxiesPanel, Typed> {
        Record(ProxiesPanel panel, Typed typed) {
            super(panel, typed);
        }
    }

    static class Withdraw extends FormEvent<ProxiesPanel, Proxy> {
        Withdraw(ProxiesPanel panel, Proxy proxy) {
            super(panel, proxy);
        }
    }

    ProxiesPanel(List<Proxy> proxies, boolean mayChange) {
        setId("assembly-proxies");
        if (mayChange) {
            TextField request = new TextField(getTranslation("assembly.console.proxy.request"));
            request.setId("proxy-request");
            request.setPlaceholder("2026-000123");
            TextField grantor = new TextField(getTranslation("assembly.console.proxy.grantor"));
            grantor.setId("proxy-grantor");
            grantor.setPlaceholder("NJT-2026-0001");
            Button record = new Button(getTranslation("assembly.console.proxy.record"), VaadinIcon.HANDSHAKE.create(),
                    click -> fireEvent(new Record(this, new Typed(request.getValue(), grantor.getValue()))));
            record.setId("proxy-record");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div form = new Div(request, grantor, record);
            form.addClassName("request-action-text");
            add(new Paragraph(getTranslation("assembly.console.proxy.hint")), form);
        }
        if (proxies.isEmpty()) {
            add(new Paragraph(getTranslation("assembly.console.proxy.none")));
            return;
        }
        Grid<Proxy> grid = new Grid<>();
        grid.setId("assembly-proxy-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(proxy -> new RouterLink(proxy.grantorNumber(), MemberView.class,
                proxy.grantorNumber())).setHeader(getTranslation("assembly.console.proxy.grantor")).setAutoWidth(true);
        grid.addComponentColumn(proxy -> new RouterLink(proxy.holderNumber(), MemberView.class,
                proxy.holderNumber())).setHeader(getTranslation("assembly.console.proxy.holder")).setAutoWidth(true);
        grid.addComponentColumn(proxy -> proxy.requestReference() == null ? new Div()
                        : new RouterLink(proxy.requestReference(), RequestDetailView.class, proxy.requestReference()))
                .setHeader(getTranslation("assembly.console.proxy.request")).setAutoWidth(true);
        grid.addColumn(proxy -> Dates.bothWithTime(proxy.appointedAt(), getLocale()))
                .setHeader(getTranslation("assembly.console.proxy.appointed")).setAutoWidth(true);
        grid.addComponentColumn(proxy -> {
            if (!proxy.inForce()) {
                return new Div(getTranslation("assembly.console.proxy.withdrawnOn",
                        Dates.bothWithTime(proxy.withdrawnAt(), getLocale())));
            }
            if (!mayChange) {
                return new Div(getTranslation("assembly.console.proxy.inForce"));
            }
            Button withdraw = new Button(getTranslation("assembly.console.proxy.withdraw"),
                    click -> fireEvent(new Withdraw(this, proxy)));
            withdraw.setId("proxy-withdraw-" + proxy.grantorNumber());
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return withdraw;
        }).setHeader(getTranslation("assembly.console.status")).setAutoWidth(true);
        grid.setItems(proxies);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    Registration addRecordListener(ComponentEventListener<Record> listener) {
        return addListener(Record.class, listener);
    }

    Registration addWithdrawListener(ComponentEventListener<Withdraw> listener) {
        return addListener(Withdraw.class, listener);
    }
}
