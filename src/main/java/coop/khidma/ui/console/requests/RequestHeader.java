package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import coop.khidma.intake.boundary.RequestView;

/** The request page's title line: the reference, the status as a badge, and a reload button that emits {@link Reload}. */
public class RequestHeader extends Div {

    /** The person asked for the request as it stands now. */
    public static class Reload extends ComponentEvent<RequestHeader> {
        Reload(RequestHeader header) {
            super(header, false);
        }
    }

    public RequestHeader(RequestView request) {
        Button reload = new Button(getTranslation("console.request.reload"), VaadinIcon.REFRESH.create(),
                click -> fireEvent(new Reload(this)));
        reload.setId("request-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span status = new Span(getTranslation("status." + request.status()));
        status.setId("request-status");
        status.getElement().getThemeList().add("badge");
        add(new H2(getTranslation("console.request.title", request.ref().reference())), status, reload);
        addClassName("request-title");
    }

    public Registration addReloadListener(ComponentEventListener<Reload> listener) {
        return addListener(Reload.class, listener);
    }
}
