package coop.khidma.ui.console;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import coop.khidma.platform.security.StaffAccounts.Me;
import coop.khidma.platform.security.StaffAccounts;
import coop.khidma.ui.console.admin.AuditView;
import coop.khidma.ui.console.assembly.AssembliesView;
import coop.khidma.ui.console.assembly.AssemblyRulesView;
import coop.khidma.ui.console.admin.KioskDevicesView;
import coop.khidma.ui.console.admin.RequestTypesView;
import coop.khidma.ui.console.admin.SettingsView;
import coop.khidma.ui.console.admin.UsersView;
import coop.khidma.ui.console.assemblyday.AssemblyDayView;
import coop.khidma.ui.console.committee.CommitteeView;
import coop.khidma.ui.console.escalations.EscalationsView;
import coop.khidma.ui.console.knowledge.KnowledgeView;
import coop.khidma.ui.console.members.MembersView;
import coop.khidma.ui.console.members.ShareRegisterView;
import coop.khidma.ui.console.privacy.BreachesView;
import coop.khidma.ui.console.privacy.RetentionView;
import coop.khidma.ui.console.privacy.SubjectRightsView;
import coop.khidma.ui.console.reception.QueueView;
import coop.khidma.ui.console.reports.BoardPackView;
import coop.khidma.ui.console.reports.ReportsView;
import coop.khidma.ui.console.outbox.OutboxView;
import coop.khidma.ui.console.requests.InboxView;
import coop.khidma.ui.console.satisfaction.SatisfactionView;
import coop.khidma.ui.console.volunteers.VolunteersView;
import coop.khidma.ui.shared.LanguageSwitch;
import jakarta.inject.Inject;

/**
 * The console's frame: menu, the signed-in person and sign-out. Someone still holding a one-time password is
 * taken to change it before anything else.
 */
public class ConsoleLayout extends AppLayout {

    private final Me me;

    @Inject
    public ConsoleLayout(StaffAccounts accounts, SignIn signIn) {
        addClassName("console");
        me = SignedIn.of(accounts);
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("console-title");
        Span who = new Span(me.displayName());
        who.setId("signed-in-as");
        Button signOut = new Button(getTranslation("console.signOut"), VaadinIcon.SIGN_OUT.create(), click -> {
            signIn.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("console/login"));
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div user = new Div(who, new LanguageSwitch(), signOut);
        user.addClassName("console-user");
        addToNavbar(new DrawerToggle(), title, user);

        SideNav menu = new SideNav();
        menu.setId("console-menu");
        entry(menu, "console.menu.home", HomeView.class, VaadinIcon.HOME, "menu-home");
        entry(menu, "console.menu.inbox", InboxView.class, VaadinIcon.INBOX, "menu-inbox");
        entry(menu, "console.menu.queue", QueueView.class, VaadinIcon.TICKET, "menu-queue");
        entry(menu, "console.menu.members", MembersView.class, VaadinIcon.USERS, "menu-members");
        entry(menu, "assembly.menu", AssembliesView.class, VaadinIcon.GROUP, "menu-assemblies");
        entry(menu, "assemblyday.menu", AssemblyDayView.class, VaadinIcon.CHECK_SQUARE_O, "menu-assembly-day");
        entry(menu, "shares.menu", ShareRegisterView.class, VaadinIcon.BOOK_DOLLAR, "menu-shares");
        entry(menu, "console.menu.escalations", EscalationsView.class, VaadinIcon.ARROW_CIRCLE_UP, "menu-escalations");
        entry(menu, "console.menu.committee", CommitteeView.class, VaadinIcon.GAVEL, "menu-committee");
        entry(menu, "outbox.menu", OutboxView.class, VaadinIcon.ENVELOPES, "menu-outbox");
        entry(menu, "privacy.menu.subject", SubjectRightsView.class, VaadinIcon.USER_CARD, "menu-privacy-subject");
        entry(menu, "privacy.menu.retention", RetentionView.class, VaadinIcon.ARCHIVE, "menu-privacy-retention");
        entry(menu, "privacy.menu.breaches", BreachesView.class, VaadinIcon.WARNING, "menu-privacy-breaches");
        entry(menu, "admin.menu.users", UsersView.class, VaadinIcon.USER_CARD, "menu-admin-users");
        entry(menu, "admin.menu.types", RequestTypesView.class, VaadinIcon.CLIPBOARD_CHECK, "menu-admin-types");
        entry(menu, "admin.menu.settings", SettingsView.class, VaadinIcon.COG, "menu-admin-settings");
        entry(menu, "assembly.menu.rules", AssemblyRulesView.class, VaadinIcon.SCALE, "menu-admin-assembly");
        entry(menu, "admin.menu.kiosks", KioskDevicesView.class, VaadinIcon.TABLET, "menu-admin-kiosks");
        entry(menu, "admin.menu.audit", AuditView.class, VaadinIcon.RECORDS, "menu-admin-audit");
        entry(menu, "backoffice.menu.volunteers", VolunteersView.class, VaadinIcon.HANDS_UP, "menu-volunteers");
        entry(menu, "backoffice.menu.satisfaction", SatisfactionView.class, VaadinIcon.SMILEY_O, "menu-satisfaction");
        entry(menu, "reports.menu", ReportsView.class, VaadinIcon.CHART, "menu-reports");
        entry(menu, "reports.pack.menu", BoardPackView.class, VaadinIcon.FILE_TEXT_O, "menu-board-pack");
        entry(menu, "backoffice.menu.knowledge", KnowledgeView.class, VaadinIcon.BOOK, "menu-knowledge");
        addToDrawer(menu);
    }

    /** A menu entry only for those whose roles the view admits. */
    private void entry(SideNav menu, String key, Class<? extends com.vaadin.flow.component.Component> view,
                       VaadinIcon icon, String id) {
        if (ViewAccess.allows(view, me.roles())) {
            SideNavItem item = new SideNavItem(getTranslation(key), view, icon.create());
            item.setId(id);
            menu.addItem(item);
        }
    }
}
