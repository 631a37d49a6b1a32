package coop.khidma.ui.console.volunteers;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Skill;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A volunteering opportunity as staff type it: what, on which day and in which part of it, the skills that help and
 * how many people (Arabic-Indic digits welcome). Emits {@link Planned}; the view plans it and shows a broken rule at
 * its field.
 */
public class OpportunityForm extends FormLayout {

    /** What was typed; {@code needed} is {@code -1} when it was not a number. */
    public record Typed(String title, LocalDate onDay, DayPart dayPart, Set<Skill> skills, int needed) {
    }

    public static class Planned extends FormEvent<OpportunityForm, Typed> {
        Planned(OpportunityForm form, Typed typed) {
            super(form, typed);
        }
    }

    final TextField title = new TextField(getTranslation("backoffice.opportunity.title"));
    final DatePicker onDay;
    final Select<DayPart> dayPart = new Select<>();
    final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>(getTranslation("backoffice.opportunity.skills"));
    final TextField needed = new TextField(getTranslation("backoffice.opportunity.needed"));

    public OpportunityForm(LocalDate suggestedDay) {
        title.setId("opportunity-title");
        title.setRequired(true);
        onDay = Facts.datePicker(getTranslation("backoffice.opportunity.day"), suggestedDay);
        onDay.setId("opportunity-day");
        dayPart.setId("opportunity-part");
        dayPart.setLabel(getTranslation("backoffice.opportunity.part"));
        dayPart.setItems(DayPart.values());
        dayPart.setItemLabelGenerator(part -> getTranslation("services.daypart." + part.name()));
        dayPart.setValue(DayPart.MORNING);
        skills.setId("opportunity-skills");
        skills.setItems(Skill.values());
        skills.setItemLabelGenerator(skill -> getTranslation("services.skill." + skill.name()));
        skills.setHelperText(getTranslation("backoffice.opportunity.skills.hint"));
        needed.setId("opportunity-needed");
        needed.setValue("1");
        Button save = new Button(getTranslation("backoffice.opportunity.save"), VaadinIcon.PLUS.create(),
                click -> submit());
        save.setId("opportunity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 3));
        add(title, onDay, dayPart, skills, needed, save);
        setColspan(title, 2);
    }

    private void submit() {
        List.<HasValidation>of(title, onDay, needed).forEach(field -> field.setInvalid(false));
        int count;
        try {
            count = Integer.parseInt(Digits.toAscii(needed.getValue()).strip());
        } catch (NumberFormatException notANumber) {
            count = -1;
        }
        fireEvent(new Planned(this, new Typed(title.getValue(), onDay.getValue(), dayPart.getValue(),
                skills.getValue(), count)));
    }

    /** Shows the broken rule beside the field it concerns; returns false when it concerns none of them. */
    public boolean showError(String ruleKey, String message) {
        HasValidation field = switch (ruleKey) {
            case "rule.opportunity.title" -> title;
            case "rule.opportunity.past" -> onDay;
            case "rule.opportunity.needed" -> needed;
            default -> null;
        };
        return Facts.showAt(field, message);
    }

    public Registration addPlannedListener(ComponentEventListener<Planned> listener) {
        return addListener(Planned.class, listener);
    }
}
