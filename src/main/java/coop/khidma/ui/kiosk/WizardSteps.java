package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextFieldBase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The kiosk wizard's way through its screens, one question per screen: where the visitor is ("3 of 7" and a bar),
 * the current screen, its error line (read out by screen readers), and Next, Back and Cancel. A screen goes on only
 * when its answer is valid; Next on the last screen finishes. Its parts are added straight into the wizard's form, so
 * the form's layout stays one column.
 */
final class WizardSteps {

    /** One screen: what it shows, and whether its answer may go on. */
    private record Step(Component content, BooleanSupplier valid) {
    }

    private final Component owner;
    private final List<Step> steps = new ArrayList<>();
    private final Div stage = new Div();
    private final Paragraph progress = new Paragraph();
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph error = new Paragraph();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Div actions;
    private final Runnable beforeLast;
    private final Runnable finish;
    private int current;

    /**
     * @param owner      the wizard, whose language the buttons speak
     * @param beforeLast what to do before the last screen shows (fill the summary)
     * @param finish     what Next does on the last screen once its answer is valid
     * @param cancel     what Cancel does
     */
    WizardSteps(Component owner, Runnable beforeLast, Runnable finish, Runnable cancel) {
        this.owner = owner;
        this.beforeLast = beforeLast;
        this.finish = finish;
        progress.setId("wizard-progress");
        error.setId("wizard-error");
        error.addClassName("kiosk-error");
        error.getElement().setAttribute("role", "alert");
        back.setText(owner.getTranslation("kiosk.request.back"));
        back.setId("wizard-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        back.addClickListener(click -> go(current - 1));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClickListener(click -> forward());
        stage.addClassName("kiosk-step");
        Button quit = new Button(owner.getTranslation("kiosk.request.cancel"), click -> cancel.run());
        quit.setId("wizard-cancel");
        quit.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        actions = new Div(next, back, quit);
        actions.addClassName("kiosk-actions");
    }

    void add(Component content, BooleanSupplier valid) {
        steps.add(new Step(content, valid));
    }

    /** Puts the progress, the screen, the error line and the buttons into {@code form} and shows the first screen. */
    void start(HasComponents form) {
        form.add(progress, bar, stage, error, actions);
        go(0);
    }

    /** Shows a message for the whole screen (a tick that is required, for instance). */
    void error(String message) {
        error.setText(message);
    }

    private void forward() {
        error.setText("");
        if (!steps.get(current).valid().getAsBoolean()) {
            return;
        }
        if (current == steps.size() - 1) {
            finish.run();
        } else {
            go(current + 1);
        }
    }

    private void go(int step) {
        current = Math.max(0, Math.min(step, steps.size() - 1));
        boolean last = current == steps.size() - 1;
        error.setText("");
        if (last) {
            beforeLast.run();
        }
        stage.removeAll();
        stage.add(steps.get(current).content());
        progress.setText(owner.getTranslation("kiosk.request.progress", current + 1, steps.size()));
        bar.setValue((current + 1) / (double) steps.size());
        bar.getElement().setAttribute("aria-label", progress.getText());
        back.setEnabled(current > 0);
        next.setText(owner.getTranslation(last ? "kiosk.request.send" : "kiosk.request.next"));
        if (steps.get(current).content() instanceof TextFieldBase<?, ?> field) {
            field.focus();
        }
    }
}
