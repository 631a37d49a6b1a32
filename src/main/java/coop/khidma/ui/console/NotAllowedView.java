package coop.khidma.ui.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import coop.khidma.platform.i18n.DomainException;
import jakarta.annotation.security.PermitAll;

/**
 * What a signed-in staff member sees on typing the address of a screen their roles do not open: a plain sentence in
 * their language and the way home, never a blank page or "not found". (Visitors who are not signed in are sent to
 * the sign-in page instead.)
 */
@ParentLayout(ConsoleLayout.class)
@PermitAll
public class NotAllowedView extends Div implements HasErrorParameter<AccessDeniedException> {

    /** The rule that keeps the committee to the requests put before it: a typed address past it is "not allowed". */
    public static final String NOT_BEFORE_COMMITTEE = "rule.request.notBeforeCommittee";

    /**
     * Opens the page with {@code open}; when the boundary refuses the reader the record ({@link
     * #NOT_BEFORE_COMMITTEE}), shows this "not allowed" page instead.
     */
    public static void unlessRefused(BeforeEvent event, Runnable open) {
        try {
            open.run();
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException broken && NOT_BEFORE_COMMITTEE.equals(broken.key())) {
                    event.rerouteToError(AccessDeniedException.class);
                    return;
                }
            }
            throw failure;
        }
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("console-page");
        setId("not-allowed");
        RouterLink home = new RouterLink(getTranslation("console.notAllowed.home"), HomeView.class);
        home.setId("not-allowed-home");
        add(new H2(getTranslation("console.notAllowed.title")),
                new Paragraph(getTranslation("console.notAllowed.text")), home);
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
