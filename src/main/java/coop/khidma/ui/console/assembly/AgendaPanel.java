package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import coop.khidma.assembly.boundary.Assemblies;
import coop.khidma.assembly.boundary.AssemblyRef;
import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.DecisionRule;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.FormEvent;

import java.util.List;

/**
 * A meeting's agenda in order: each item's Arabic and English title, its explanatory notes and how it is decided; while
 * it may change, buttons to move an item, remove it or load it into the form below to reword it, and the form to add
 * one. Emits {@link Changed} with the change to ask the boundary for; decides nothing.
 */
class AgendaPanel extends Div {

    /** One change to the agenda, as the boundary's verb it stands for. */
    interface Change {
        Assemblies.Scheduled apply(Assemblies assemblies, AssemblyRef ref);
    }

    static class Changed extends FormEvent<AgendaPanel, Change> {
        Changed(AgendaPanel panel, Change change) {
            super(panel, change);
        }
    }

    private final TextField titleArabic = new TextField();
    private final TextField titleEnglish = new TextField();
    private final TextArea noteArabic = new TextArea();
    private final TextArea noteEnglish = new TextArea();
    private final Select<DecisionRule> rule = new Select<>();
    private Integer editing;

    AgendaPanel(List<AgendaItem> agenda, boolean editable) {
        setId("assembly-agenda");
        addClassName("console-list");
        if (agenda.isEmpty()) {
            add(new Paragraph(getTranslation("assembly.console.agenda.none")));
        }
        for (AgendaItem item : agenda) {
            add(row(item, editable));
        }
        if (editable) {
            add(form());
        }
    }

    private Div row(AgendaItem item, boolean editable) {
        Span title = new Span(item.position() + ". " + item.titleArabic() + " — " + item.titleEnglish());
        title.addClassName("assembly-item-title");
        Span rule = new Span(getTranslation("assembly.rule." + item.decisionRule().name()));
        rule.getElement().getThemeList().add("badge");
        Div row = new Div(title, rule);
        row.setId("agenda-item-" + item.position());
        row.addClassName("request-list-row");
        if (item.noteArabic() != null) {
            row.add(note(item.noteArabic(), "rtl", "ar"));
        }
        if (item.noteEnglish() != null) {
            row.add(note(item.noteEnglish(), "ltr", "en"));
        }
        if (editable) {
            int position = item.position();
            row.add(small(VaadinIcon.ARROW_UP, "assembly.console.agenda.up", "agenda-up-" + position,
                    (assemblies, ref) -> assemblies.moveItem(ref, position, -1)),
                    small(VaadinIcon.ARROW_DOWN, "assembly.console.agenda.down", "agenda-down-" + position,
                            (assemblies, ref) -> assemblies.moveItem(ref, position, 1)),
                    small(VaadinIcon.TRASH, "assembly.console.agenda.remove", "agenda-remove-" + position,
                            (assemblies, ref) -> assemblies.removeItem(ref, position)));
            Button edit = new Button(getTranslation("assembly.console.agenda.edit"), VaadinIcon.EDIT.create(),
                    click -> load(item));
            edit.setId("agenda-edit-" + position);
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(edit);
        }
        return row;
    }

    private static Paragraph note(String text, String direction, String language) {
        Paragraph note = new Paragraph(text);
        note.addClassName("console-muted");
        note.getElement().setAttribute("dir", direction);
        note.getElement().setAttribute("lang", language);
        return note;
    }

    private Button small(VaadinIcon icon, String labelKey, String id, Change change) {
        Button button = new Button(icon.create(), click -> fireEvent(new Changed(this, change)));
        button.setId(id);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private FormLayout form() {
        titleArabic.setId("agenda-title-ar");
        titleArabic.setLabel(getTranslation("assembly.console.agenda.titleArabic"));
        titleArabic.getElement().setAttribute("dir", "rtl");
        titleEnglish.setId("agenda-title-en");
        titleEnglish.setLabel(getTranslation("assembly.console.agenda.titleEnglish"));
        titleEnglish.getElement().setAttribute("dir", "ltr");
        noteArabic.setId("agenda-note-ar");
        noteArabic.setLabel(getTranslation("assembly.console.agenda.noteArabic"));
        noteArabic.getElement().setAttribute("dir", "rtl");
        noteEnglish.setId("agenda-note-en");
        noteEnglish.setLabel(getTranslation("assembly.console.agenda.noteEnglish"));
        noteEnglish.getElement().setAttribute("dir", "ltr");
        rule.setId("agenda-rule");
        rule.setLabel(getTranslation("assembly.console.agenda.rule"));
        rule.setItems(DecisionRule.values());
        rule.setItemLabelGenerator(value -> getTranslation("assembly.rule." + value.name()));
        rule.setValue(DecisionRule.MAJORITY);
        Button save = new Button(getTranslation("assembly.console.agenda.save"), VaadinIcon.PLUS.create(),
                click -> save());
        save.setId("agenda-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(titleArabic, titleEnglish, noteArabic, noteEnglish, rule, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        return form;
    }

    private void load(AgendaItem item) {
        editing = item.position();
        titleArabic.setValue(item.titleArabic());
        titleEnglish.setValue(item.titleEnglish());
        noteArabic.setValue(item.noteArabic() == null ? "" : item.noteArabic());
        noteEnglish.setValue(item.noteEnglish() == null ? "" : item.noteEnglish());
        rule.setValue(item.decisionRule());
        titleArabic.focus();
    }

    private void save() {
        AgendaItem.Text text = new AgendaItem.Text(titleArabic.getValue(), titleEnglish.getValue(),
                noteArabic.getValue(), noteEnglish.getValue());
        DecisionRule chosen = rule.getValue();
        Integer position = editing;
        fireEvent(new Changed(this, position == null ? (assemblies, ref) -> assemblies.addItem(ref, text, chosen)
                : (assemblies, ref) -> assemblies.reviseItem(ref, position, text, chosen)));
    }

    /** Shows an agenda rule at its field; false when it concerns none. */
    boolean showError(String ruleKey, String message) {
        return Facts.showAt(switch (ruleKey) {
            case "rule.agenda.title" -> titleArabic;
            case "rule.agenda.note" -> noteArabic;
            case "rule.agenda.ruleRequired" -> rule;
            default -> null;
        }, message);
    }

    Registration addChangedListener(ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }
}
