package coop.khidma.ui.console.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.security.Accounts.AccountRow;
import coop.khidma.platform.security.Accounts.OneTimePassword;
import coop.khidma.platform.security.Accounts;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.SignIns;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.Dates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Administration: the staff accounts with their roles and last sign-in; invite a person (their one-time password is
 * shown once), disable or enable, reset a password, end someone's sessions, change roles.
 */
@Route(value = "console/admin/users", layout = ConsoleLayout.class)
@RolesAllowed(Roles.ADMIN)
public class UsersView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final Grid<AccountRow> grid = new Grid<>();

    @Inject
    public UsersView(Accounts accounts, SignIns signIns) {
        this.accounts = accounts;
        addClassName("console-page");
        grid.setId("users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        Columns<AccountRow> columns = new Columns<AccountRow>()
                .column("admin.users.username", AccountRow::username).autoWidth()
                .column("admin.users.displayName", AccountRow::displayName).autoWidth()
                .column("admin.users.roles", (row, locale) -> roles(row.roles(), locale)).autoWidth()
                .column("admin.users.state", UsersView::state).autoWidth()
                .column("admin.users.lastLogin", UsersView::lastLogin).autoWidth();
        columns.addTo(grid);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        Button invite = new Button(getTranslation("admin.users.invite"), VaadinIcon.PLUS.create(), click -> openInvite());
        invite.setId("users-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(invite, CsvExport.<AccountRow>named("users").columns(columns)
                .rows(() -> CsvExport.all(accounts.accounts())).link());
        bar.addClassName("console-filters");
        add(new H2(getTranslation("admin.users.title")), bar, grid, new SignInLocks(signIns));
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.accounts());
    }

    private Div actions(AccountRow row) {
        String id = row.username();
        Button enable = row.enabled()
                ? action("admin.users.disable", VaadinIcon.BAN, "user-disable-" + id, () -> {
                    accounts.disable(id, row.version());
                    done("admin.users.disabled", id);
                })
                : action("admin.users.enable", VaadinIcon.CHECK, "user-enable-" + id, () -> {
                    accounts.enable(id, row.version());
                    done("admin.users.enabled", id);
                });
        Button reset = action("admin.users.reset", VaadinIcon.KEY, "user-reset-" + id,
                () -> showPassword(accounts.resetPassword(id, row.version())));
        Button logout = action("admin.users.logout", VaadinIcon.SIGN_OUT, "user-logout-" + id, () -> {
            accounts.endSessions(id, row.version());
            done("admin.users.loggedOut", id);
        });
        Button roles = action("admin.users.changeRoles", VaadinIcon.USER_CARD, "user-roles-" + id, () -> openRoles(row));
        Div actions = new Div(enable, reset, logout, roles);
        actions.addClassName("admin-actions");
        return actions;
    }

    private Button action(String key, VaadinIcon icon, String id, Runnable work) {
        Button button = new Button(icon.create(), click -> work.run());
        button.setId(id);
        button.setTooltipText(getTranslation(key));
        button.setAriaLabel(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void done(String key, String username) {
        Notification.show(getTranslation(key, username), 5000, Notification.Position.TOP_CENTER);
        refresh();
    }

    private void openInvite() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.invite"));
        TextField username = new TextField(getTranslation("admin.users.username"));
        username.setId("invite-username");
        username.setHelperText(getTranslation("admin.users.username.hint"));
        TextField displayName = new TextField(getTranslation("admin.users.displayName"));
        displayName.setId("invite-display-name");
        CheckboxGroup<String> roles = roleChoice(Set.of(Roles.STAFF));
        roles.setId("invite-roles");
        Button save = new Button(getTranslation("admin.users.invite.save"), click -> {
            username.setInvalid(false);
            displayName.setInvalid(false);
            roles.setInvalid(false);
            try {
                OneTimePassword password = accounts.invite(username.getValue(), displayName.getValue(), roles.getValue());
                dialog.close();
                showPassword(password);
            } catch (DomainException broken) {
                showAt(broken, username, displayName, roles);
            }
        });
        save.setId("invite-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), click -> dialog.close());
        dialog.add(new Div(username, displayName, roles));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void showAt(DomainException broken, TextField username, TextField displayName, CheckboxGroup<String> roles) {
        String message = Messages.of(broken, getLocale());
        switch (broken.key()) {
            case "rule.account.displayName" -> {
                displayName.setErrorMessage(message);
                displayName.setInvalid(true);
            }
            case "rule.account.roles" -> {
                roles.setErrorMessage(message);
                roles.setInvalid(true);
            }
            default -> {
                username.setErrorMessage(message);
                username.setInvalid(true);
            }
        }
    }

    private void openRoles(AccountRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.changeRoles.title", row.username()));
        CheckboxGroup<String> roles = roleChoice(row.roles());
        roles.setId("roles-choice");
        Button save = new Button(getTranslation("admin.save"), click -> {
            try {
                accounts.changeRoles(row.username(), row.version(), roles.getValue());
            } catch (DomainException broken) {
                roles.setErrorMessage(Messages.of(broken, getLocale()));
                roles.setInvalid(true);
                return;
            }
            dialog.close();
            done("admin.users.rolesChanged", row.username());
        });
        save.setId("roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("admin.users.changeRoles.note")), roles);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private CheckboxGroup<String> roleChoice(Set<String> chosen) {
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("admin.role." + role));
        roles.setValue(chosen);
        return roles;
    }

    /** The one-time password, shown once: the administrator hands it over; it is stored only as a hash. */
    private void showPassword(OneTimePassword password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.password.title", password.username()));
        Span shown = new Span(password.password());
        shown.setId("one-time-password");
        shown.addClassName("admin-secret");
        shown.getElement().setAttribute("dir", "ltr");
        Button close = new Button(getTranslation("admin.users.password.close"), click -> {
            dialog.close();
            refresh();
        });
        close.setId("one-time-password-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("admin.users.password.text")), shown);
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private static String roles(Set<String> roles, Locale locale) {
        return new TreeSet<>(roles).stream().map(role -> Messages.get(locale, "admin.role." + role))
                .collect(Collectors.joining(locale.getLanguage().equals("ar") ? "، " : ", "));
    }

    private static String state(AccountRow row, Locale locale) {
        return Messages.get(locale, !row.enabled() ? "admin.users.state.disabled"
                : row.mustChangePassword() ? "admin.users.state.oneTime" : "admin.users.state.active");
    }

    private static String lastLogin(AccountRow row, Locale locale) {
        return row.lastLoginAt() == null ? Messages.get(locale, "admin.users.never")
                : Dates.bothWithTime(row.lastLoginAt(), locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " — " + getTranslation("console.title");
    }
}
