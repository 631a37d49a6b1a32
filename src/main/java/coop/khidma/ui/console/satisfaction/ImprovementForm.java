package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import coop.khidma.platform.security.Roles;
import coop.khidma.satisfaction.entity.ImprovementItem;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.FormEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * An improvement item as a supervisor types it: the problem (prefilled from the rating's comment or the suggestion),
 * its root cause, the action, the role that owns it — roles only, never a person — and the day it should be done by.
 * Emits {@link Saved}; the view opens the item and shows a broken rule at its field.
 */
public class ImprovementForm extends FormLayout {

    public static class Saved extends FormEvent<ImprovementForm, ImprovementItem.Plan> {
        Saved(ImprovementForm form, ImprovementItem.Plan typed) {
            super(form, typed);
        }
    }

    final TextArea problem = new TextArea(getTranslation("backoffice.improvement.problem"));
    final TextArea rootCause = new TextArea(getTranslation("backoffice.improvement.rootCause"));
    final TextArea action = new TextArea(getTranslation("backoffice.improvement.action"));
    final Select<String> owner = new Select<>();
    final DatePicker dueOn;

    public ImprovementForm(String observed, LocalDate suggestedDue) {
        problem.setId("improvement-problem");
        problem.setValue(observed == null ? "" : observed);
        rootCause.setId("improvement-root-cause");
        action.setId("improvement-action");
        owner.setId("improvement-owner");
        owner.setLabel(getTranslation("backoffice.improvement.owner"));
        owner.setItems(List.of(Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN));
        owner.setItemLabelGenerator(role -> getTranslation("backoffice.role." + role));
        owner.setValue(Roles.STAFF);
        dueOn = Facts.datePicker(getTranslation("backoffice.improvement.dueOn"), suggestedDue);
        dueOn.setId("improvement-due");
        Button save = new Button(getTranslation("backoffice.improvement.save"), click -> {
            List.<HasValidation>of(problem, rootCause, action, dueOn).forEach(field -> field.setInvalid(false));
            fireEvent(new Saved(this, new ImprovementItem.Plan(problem.getValue(), rootCause.getValue(),
                    action.getValue(), owner.getValue(), dueOn.getValue())));
        });
        save.setId("improvement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
        add(problem, rootCause, action, owner, dueOn, save);
        setColspan(problem, 2);
        setColspan(rootCause, 2);
        setColspan(action, 2);
    }

    /** Shows the broken rule beside the field it concerns; returns false when it concerns none of them. */
    public boolean showError(String ruleKey, String message) {
        HasValidation field = switch (ruleKey) {
            case "rule.improvement.problem" -> problem;
            case "rule.improvement.rootCause" -> rootCause;
            case "rule.improvement.action" -> action;
            case "rule.improvement.due" -> dueOn;
            default -> null;
        };
        return Facts.showAt(field, message);
    }

    public Registration addSavedListener(ComponentEventListener<Saved> listener) {
        return addListener(Saved.class, listener);
    }
}
