package coop.khidma.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.List;

/** The back-office screens' small building blocks: a labelled fact, a muted note, a date field, a success notice, a titled part. */
public final class Facts {

    private Facts() {
    }

    /** A label above its value, as the request page shows facts. */
    public static Component fact(String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("request-fact-label");
        Span valueSpan = new Span(value == null ? "" : value);
        valueSpan.addClassName("request-fact-value");
        Div fact = new Div(labelSpan, valueSpan);
        fact.addClassName("request-fact");
        return fact;
    }

    /** A label above its value, the value findable by its id, added to a box of facts. */
    public static void fact(Div facts, String id, String labelKey, String value) {
        Span label = new Span(facts.getTranslation(labelKey));
        label.addClassName("request-fact-label");
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("request-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("request-fact");
        facts.add(fact);
    }

    public static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("console-muted");
        return span;
    }

    /**
     * A date field that writes days as 2026-11-25 in either language (so the digits never jumble in right-to-left
     * text), with month and weekday names in the reader's language and weeks starting on Sunday.
     */
    public static DatePicker datePicker(String label, LocalDate value) {
        DatePicker picker = new DatePicker(label, value);
        DateFormatSymbols names = DateFormatSymbols.getInstance(picker.getLocale());
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(List.of(names.getMonths()).subList(0, 12))
                .setWeekdays(List.of(names.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(List.of(names.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(0)
                .setToday(picker.getTranslation("backoffice.date.today"))
                .setCancel(picker.getTranslation("backoffice.date.cancel"))
                .setDateFormat("yyyy-MM-dd"));
        return picker;
    }

    /** Shows a broken rule's sentence at the field it concerns; false when it concerns no field ({@code null}). */
    public static boolean showAt(HasValidation field, String message) {
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    /** A short success notice at the top of the screen. */
    public static void success(String message) {
        Notification notice = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A titled part of a page, as the request and member pages divide themselves. */
    public static Div titled(String title, Component content) {
        Div part = new Div(new H3(title), content);
        part.addClassName("console-section");
        return part;
    }

    public static Section section(String title, Component... content) {
        Section section = new Section(new H3(title));
        section.add(content);
        section.addClassName("backoffice-section");
        return section;
    }
}
