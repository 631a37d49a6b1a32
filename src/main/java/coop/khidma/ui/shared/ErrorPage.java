package coop.khidma.ui.shared;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.platform.persistence.DatabaseUnavailable;

/**
 * What a kiosk visitor or a staff member sees when a screen cannot be opened at all (its data could not be read): the
 * sentence {@link ErrorMessages} has for the failure in their language and a way to open the same screen again; while
 * the database is away, "try again in a moment" (503), never Vaadin's English stack-trace page or a blank screen. A
 * failure while a screen is already open is a notification instead ({@link ErrorMessages#error}).
 */
@AnonymousAllowed
public class ErrorPage extends Div implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        setId("error-page");
        addClassName("error-page");
        Exception failure = parameter.getCaughtException();
        boolean away = DatabaseUnavailable.explains(failure);
        Paragraph text = new Paragraph(ErrorMessages.messageFor(failure, getLocale()));
        text.setId("error-page-text");
        Anchor again = new Anchor("/" + event.getLocation().getPathWithQueryParameters(),
                getTranslation("error.page.again"));
        again.setId("error-page-again");
        if (away) {
            add(new H2(getTranslation("error.page.title")));
        }
        add(text, again);
        return away ? HttpStatusCode.SERVICE_UNAVAILABLE.getCode() : HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
