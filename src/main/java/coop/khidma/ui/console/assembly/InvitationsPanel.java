package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import coop.khidma.assembly.boundary.Assemblies;
import coop.khidma.assembly.entity.AssemblyInvitation;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.shared.Dates;

import java.util.List;

/**
 * Who was invited to the meeting, when, by whom and how (with the shares held on the record date), the button that
 * invites every entitled member not invited yet, and the link to print the invitation letters. Emits {@link Send}.
 */
class InvitationsPanel extends Div {

    static class Send extends ComponentEvent<InvitationsPanel> {
        Send(InvitationsPanel panel) {
            super(panel, false);
        }
    }

    InvitationsPanel(Assemblies.Scheduled meeting, List<AssemblyInvitation> invited, boolean maySend) {
        setId("assembly-invitations");
        Paragraph summary = new Paragraph(invited.isEmpty()
                ? getTranslation("assembly.console.invitations.none", HijriDates.both(meeting.inviteBy(), getLocale()))
                : getTranslation("assembly.console.invitations.count", invited.size(),
                invited.stream().mapToLong(AssemblyInvitation::shares).sum()));
        summary.setId("assembly-invitations-summary");
        add(summary);
        if (maySend) {
            Button send = new Button(getTranslation(invited.isEmpty() ? "assembly.console.invitations.send"
                    : "assembly.console.invitations.sendMore"), VaadinIcon.ENVELOPES.create(),
                    click -> fireEvent(new Send(this)));
            send.setId("assembly-invite");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(send);
        }
        if (invited.isEmpty()) {
            return;
        }
        Anchor letters = new Anchor("console/print/assembly-letters?reference=" + meeting.assembly().subject(),
                getTranslation("assembly.console.invitations.print"));
        letters.setId("assembly-print-letters");
        letters.setTarget("_blank");
        add(letters);
        Grid<AssemblyInvitation> grid = new Grid<>();
        grid.setId("assembly-invited");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AssemblyInvitation::membershipNumber).setHeader(getTranslation("assembly.console.member"))
                .setAutoWidth(true);
        grid.addColumn(invitation -> String.valueOf(invitation.shares()))
                .setHeader(getTranslation("console.members.shares")).setAutoWidth(true);
        grid.addColumn(invitation -> getTranslation("assembly.console.channel." + invitation.channel().name()))
                .setHeader(getTranslation("assembly.console.channel")).setAutoWidth(true);
        grid.addColumn(invitation -> Dates.bothWithTime(invitation.sentAt(), getLocale()))
                .setHeader(getTranslation("assembly.console.sentAt")).setAutoWidth(true);
        grid.addColumn(AssemblyInvitation::sentBy).setHeader(getTranslation("assembly.console.sentBy"));
        grid.setItems(invited);
        grid.setAllRowsVisible(invited.size() <= 20);
        add(grid);
    }

    Registration addSendListener(ComponentEventListener<Send> listener) {
        return addListener(Send.class, listener);
    }
}
