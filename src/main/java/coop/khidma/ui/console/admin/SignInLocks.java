package coop.khidma.ui.console.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import coop.khidma.platform.security.SignInStanding;
import coop.khidma.platform.security.SignIns;
import coop.khidma.platform.security.SignIns.Lock;
import coop.khidma.ui.shared.Dates;

/**
 * The user names and client addresses whose sign-in is locked after too many wrong attempts, each with the time its
 * lock ends by itself and a button to lift it now (the person called and proved who they are).
 */
class SignInLocks extends Div {

    private final SignIns signIns;
    private final Grid<Lock> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    SignInLocks(SignIns signIns) {
        this.signIns = signIns;
        setId("sign-in-locks");
        grid.setId("sign-in-locks-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(lock -> kind(lock)).setHeader(getTranslation("admin.locks.kind")).setAutoWidth(true);
        grid.addColumn(lock -> lock.subject().substring(lock.subject().indexOf(':') + 1))
                .setHeader(getTranslation("admin.locks.subject")).setAutoWidth(true);
        grid.addColumn(lock -> Dates.bothWithTime(lock.lockedUntil(), getLocale()))
                .setHeader(getTranslation("admin.locks.until")).setAutoWidth(true);
        grid.addComponentColumn(this::unlock).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("admin.locks.none"));
        add(new H3(getTranslation("admin.locks.title")), new Paragraph(getTranslation("admin.locks.note")), none,
                grid);
        refresh();
    }

    private String kind(Lock lock) {
        return getTranslation(lock.subject().startsWith(SignInStanding.ACCOUNT)
                ? "admin.locks.kind.name" : "admin.locks.kind.address");
    }

    private Button unlock(Lock lock) {
        Button button = new Button(getTranslation("admin.locks.unlock"), VaadinIcon.UNLOCK.create(), click -> {
            signIns.unlock(lock.subject());
            Notification.show(getTranslation("admin.locks.unlocked"), 5000, Notification.Position.TOP_CENTER);
            refresh();
        });
        button.setId("unlock-" + lock.subject().replaceAll("[^A-Za-z0-9.-]", "-"));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void refresh() {
        var locks = signIns.locks();
        grid.setItems(locks);
        grid.setVisible(!locks.isEmpty());
        none.setVisible(locks.isEmpty());
    }
}
