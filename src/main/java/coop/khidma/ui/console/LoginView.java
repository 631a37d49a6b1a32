package coop.khidma.ui.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.platform.security.SignIns;
import coop.khidma.ui.shared.LanguageSwitch;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/** The console's door: staff sign in with the account the administrator gave them. */
@Route("console/login")
@AnonymousAllowed
public class LoginView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    @Inject
    public LoginView(SignIn signIn) {
        addClassName("console-login");
        LoginForm form = new LoginForm(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(login -> {
            SignIns.Attempt attempt;
            try {
                attempt = signIn.signIn(login.getUsername(), login.getPassword());
            } catch (RuntimeException failure) { // e.g. the database away: the error handler says so, the form stays usable
                form.setEnabled(true);
                throw failure;
            }
            if (attempt.signedIn()) {
                getUI().ifPresent(ui -> ui.getPage().setLocation("console"));
                return;
            }
            form.setI18n(refusal(attempt));
            form.setError(true);
            form.setEnabled(true);
        });
        H1 title = new H1(getTranslation("app.name"));
        Span association = new Span(getTranslation("association.name"));
        Div brand = new Div(title, association);
        brand.addClassName("console-login-brand");
        add(new LanguageSwitch(), brand, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getUserPrincipal() != null) {
            event.forwardTo(HomeView.class);
        }
    }

    /** Why the attempt did not sign in, in words that never tell whether the account exists. */
    private LoginI18n refusal(SignIns.Attempt attempt) {
        LoginI18n i18n = i18n();
        switch (attempt.outcome()) {
            case THROTTLED -> {
                long seconds = Math.max(1, Duration.between(Instant.now(), attempt.retryAt()).toSeconds() + 1);
                String wait = seconds < 120 ? getTranslation("console.login.wait.seconds", seconds)
                        : getTranslation("console.login.wait.minutes", (seconds + 59) / 60);
                i18n.getErrorMessage().setTitle(getTranslation("console.login.throttled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("console.login.throttled.message", wait));
            }
            case ONE_TIME_EXPIRED -> {
                i18n.getErrorMessage().setTitle(getTranslation("console.login.expired.title"));
                i18n.getErrorMessage().setMessage(getTranslation("console.login.expired.message"));
            }
            default -> {
                // the usual "check your username and password"
            }
        }
        return i18n;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("console.login.title"));
        i18n.getForm().setUsername(getTranslation("console.login.username"));
        i18n.getForm().setPassword(getTranslation("console.login.password"));
        i18n.getForm().setSubmit(getTranslation("console.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("console.login.failed.title"));
        i18n.getErrorMessage().setMessage(getTranslation("console.login.failed.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.login.title") + " — " + getTranslation("app.name");
    }
}
