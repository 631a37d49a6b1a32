package coop.khidma.ui.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.security.PasswordPolicy;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.SessionGuard;
import coop.khidma.platform.security.StaffAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** Change one's own password; the first sign-in with a one-time password lands here. */
@Route(value = "console/password", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
public class PasswordView extends Div implements HasDynamicTitle {

    @Inject
    public PasswordView(StaffAccounts accounts) {
        addClassName("console-page");
        PasswordField current = new PasswordField(getTranslation("console.password.current"));
        current.setId("password-current");
        PasswordField fresh = new PasswordField(getTranslation("console.password.new"));
        fresh.setId("password-new");
        fresh.setHelperText(getTranslation("console.password.new.hint"));
        PasswordField repeat = new PasswordField(getTranslation("console.password.repeat"));
        repeat.setId("password-repeat");
        Button save = new Button(getTranslation("console.password.save"), click -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            repeat.setInvalid(false);
            try {
                PasswordPolicy.check(fresh.getValue());
            } catch (DomainException broken) {
                fresh.setErrorMessage(Messages.of(broken, getLocale()));
                fresh.setInvalid(true);
                return;
            }
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("console.password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            int epoch;
            try {
                epoch = accounts.changePassword(current.getValue(), fresh.getValue());
            } catch (DomainException broken) {
                current.setErrorMessage(Messages.of(broken, getLocale()));
                current.setInvalid(true);
                return;
            }
            // the account's other sessions end; this one goes on
            SessionGuard.keep(((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession(), epoch);
            SignedIn.passwordChanged(accounts);
            Notification.show(getTranslation("console.password.saved"));
            getUI().ifPresent(ui -> ui.getPage().setLocation("console"));
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(new H2(getTranslation("console.password.title")));
        if (SignedIn.of(accounts).mustChangePassword()) {
            add(new Paragraph(getTranslation("console.password.firstTime")));
        }
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.password.title") + " — " + getTranslation("console.title");
    }
}
