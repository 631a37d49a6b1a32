package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.entity.Channel;
import coop.khidma.ui.shared.ErrorMessages;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The registration form in a dialog: the inbox opens it for a request that came by any channel, the counter's queue
 * for the visitor at the desk (a face-to-face interview by default, with the ticket named above the form). The one
 * who opens it registers what was typed; a broken rule is shown at its field and the dialog stays open.
 */
public class RegisterDialog extends Dialog {

    final RegisterRequestForm form;

    /**
     * @param note      a line above the form ({@code null} for none)
     * @param register  registers what was typed and returns the request (or throws the broken rule)
     * @param registered what follows once it is registered (the dialog is closed by then)
     */
    public RegisterDialog(List<String> typeCodes, Channel channel, String note,
                          Function<RegisterRequestForm.Typed, RequestView> register, Consumer<RequestView> registered) {
        setHeaderTitle(getTranslation("console.register.title"));
        form = new RegisterRequestForm(typeCodes);
        form.channel.setValue(channel);
        form.addSubmittedListener(submitted -> {
            RequestView request;
            try {
                request = register.apply(submitted.typed());
            } catch (RuntimeException failure) {
                ErrorMessages.showAt(failure, getLocale(), form::showError);
                return;
            }
            close();
            registered.accept(request);
        });
        Button cancel = new Button(getTranslation("console.register.cancel"), click -> close());
        cancel.setId("register-cancel");
        if (note != null) {
            Paragraph line = new Paragraph(note);
            line.setId("register-note");
            add(line);
        }
        add(form);
        getFooter().add(cancel);
        setWidth("40rem");
    }
}
