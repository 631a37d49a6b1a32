package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.shared.Registration;
import coop.khidma.assembly.entity.AssemblyKind;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.FormEvent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting as an admin or the director enters it: ordinary or extraordinary, the first meeting's day and time, the
 * second meeting's (left empty when the bylaws allow none or it is not planned), the place and the record date. Emits
 * {@link Planned}; the view schedules (or revises) it and shows a broken rule at its field.
 */
public class PlanForm extends FormLayout {

    public static class Planned extends FormEvent<PlanForm, GeneralAssembly.Plan> {
        Planned(PlanForm form, GeneralAssembly.Plan plan) {
            super(form, plan);
        }
    }

    private final Select<AssemblyKind> kind = new Select<>();
    private final DatePicker firstDay;
    private final TimePicker firstTime = new TimePicker();
    private final DatePicker secondDay;
    private final TimePicker secondTime = new TimePicker();
    private final TextField place = new TextField();
    private final DatePicker recordDate;

    /** An empty form suggesting {@code suggestedDay}, or the meeting's plan to revise ({@code shown} not null). */
    public PlanForm(LocalDate suggestedDay, GeneralAssembly shown, String buttonKey) {
        kind.setId("assembly-kind");
        kind.setLabel(getTranslation("assembly.console.kind"));
        kind.setItems(AssemblyKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("assembly.console.kind." + value.name()));
        kind.setValue(shown == null ? AssemblyKind.ORDINARY : shown.kind());
        firstDay = Facts.datePicker(getTranslation("assembly.console.firstDay"),
                shown == null ? suggestedDay : AssemblyTexts.day(shown.firstMeetingAt()));
        firstDay.setId("assembly-first-day");
        time(firstTime, "assembly-first-time", "assembly.console.firstTime",
                shown == null ? LocalTime.of(16, 0) : AssemblyTexts.timeOfDay(shown.firstMeetingAt()));
        secondDay = Facts.datePicker(getTranslation("assembly.console.secondDay"),
                shown == null || shown.secondMeetingAt() == null ? null : AssemblyTexts.day(shown.secondMeetingAt()));
        secondDay.setId("assembly-second-day");
        secondDay.setHelperText(getTranslation("assembly.console.secondDay.hint"));
        time(secondTime, "assembly-second-time", "assembly.console.secondTime",
                shown == null || shown.secondMeetingAt() == null ? null
                        : AssemblyTexts.timeOfDay(shown.secondMeetingAt()));
        place.setId("assembly-place");
        place.setLabel(getTranslation("assembly.console.place"));
        place.setMaxLength(GeneralAssembly.PLACE_MAX);
        place.setValue(shown == null ? "" : shown.place());
        recordDate = Facts.datePicker(getTranslation("assembly.console.recordDate"),
                shown == null ? null : shown.recordDate());
        recordDate.setId("assembly-record-date");
        recordDate.setHelperText(getTranslation("assembly.console.recordDate.hint"));
        Button save = new Button(getTranslation(buttonKey), VaadinIcon.CALENDAR.create(), click -> submit());
        save.setId("assembly-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 3));
        add(kind, place, recordDate, firstDay, firstTime, save, secondDay, secondTime);
    }

    private void time(TimePicker picker, String id, String labelKey, LocalTime value) {
        picker.setId(id);
        picker.setLabel(getTranslation(labelKey));
        picker.setStep(java.time.Duration.ofMinutes(15));
        picker.setValue(value);
    }

    private void submit() {
        List.<HasValidation>of(kind, firstDay, secondDay, place, recordDate).forEach(field -> field.setInvalid(false));
        fireEvent(new Planned(this, new GeneralAssembly.Plan(kind.getValue(),
                AssemblyTexts.at(firstDay.getValue(), firstTime.getValue()),
                AssemblyTexts.at(secondDay.getValue(), secondTime.getValue() == null ? firstTime.getValue()
                        : secondTime.getValue()), place.getValue(), recordDate.getValue())));
    }

    /** Shows the broken rule beside the field it concerns; returns false when it concerns none of them. */
    public boolean showError(String ruleKey, String message) {
        HasValidation field = switch (ruleKey) {
            case "rule.assembly.kindRequired" -> kind;
            case "rule.assembly.past", "rule.assembly.insideNotice", "rule.assembly.insideNoticeWorking" -> firstDay;
            case "rule.assembly.noSecondMeeting", "rule.assembly.secondBeforeFirst" -> secondDay;
            case "rule.assembly.place" -> place;
            case "rule.assembly.recordDate" -> recordDate;
            default -> null;
        };
        return Facts.showAt(field, message);
    }

    public Registration addPlannedListener(ComponentEventListener<Planned> listener) {
        return addListener(Planned.class, listener);
    }
}
