package coop.khidma.ui.console;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.DayRange;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The period a count or a report covers: a day, a Saudi week, a Gregorian or Hijri month (this one or the one before),
 * or days chosen by hand — each place offers the choices it needs; the chosen range goes to the listener, a broken one
 * (to before from) is shown at the field.
 */
public class PeriodPicker extends Div {

    /** The months, the one before and days chosen by hand: what the channel counts on the home page offer. */
    public static final List<Choice> MONTHS = List.of(Choice.THIS_GREGORIAN_MONTH, Choice.LAST_GREGORIAN_MONTH,
            Choice.THIS_HIJRI_MONTH, Choice.LAST_HIJRI_MONTH, Choice.CUSTOM);

    /** The periods that may be offered, counted back from today in Riyadh. */
    public enum Choice {
        TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, THIS_GREGORIAN_MONTH, LAST_GREGORIAN_MONTH, THIS_HIJRI_MONTH,
        LAST_HIJRI_MONTH, CUSTOM;

        DayRange range(LocalDate today, LocalDate from, LocalDate to) {
            return switch (this) {
                case TODAY -> DayRange.day(today, 0);
                case YESTERDAY -> DayRange.day(today, 1);
                case THIS_WEEK -> DayRange.week(today, 0);
                case LAST_WEEK -> DayRange.week(today, 1);
                case THIS_GREGORIAN_MONTH -> DayRange.gregorianMonth(today, 0);
                case LAST_GREGORIAN_MONTH -> DayRange.gregorianMonth(today, 1);
                case THIS_HIJRI_MONTH -> DayRange.hijriMonth(today, 0);
                case LAST_HIJRI_MONTH -> DayRange.hijriMonth(today, 1);
                case CUSTOM -> new DayRange(from, to);
            };
        }
    }

    public final Select<Choice> choice = new Select<>();
    public final DatePicker from;
    public final DatePicker to;
    private final LocalDate today;
    private final Consumer<DayRange> chosen;

    /**
     * A picker whose fields are named {@code <id>-period}, {@code <id>-from} and {@code <id>-to}, labelled by
     * {@code labelKey}, each choice by {@code choiceKeys} + its name; this Gregorian month chosen first.
     */
    public PeriodPicker(String id, String labelKey, String choiceKeys, List<Choice> offered, LocalDate today,
                        Consumer<DayRange> chosen) {
        this.today = today;
        this.chosen = chosen;
        addClassName("console-filters");
        choice.setId(id + "-period");
        choice.setLabel(getTranslation(labelKey));
        choice.setItems(offered);
        choice.setItemLabelGenerator(value -> getTranslation(choiceKeys + value.name()));
        choice.setValue(Choice.THIS_GREGORIAN_MONTH);
        from = Facts.datePicker(getTranslation("console.channels.from"), today.withDayOfMonth(1));
        from.setId(id + "-from");
        to = Facts.datePicker(getTranslation("console.channels.to"), today);
        to.setId(id + "-to");
        choice.addValueChangeListener(change -> apply());
        from.addValueChangeListener(change -> apply());
        to.addValueChangeListener(change -> apply());
        add(choice, from, to);
    }

    /** Sends the chosen range to the listener (also once at the start). */
    public void apply() {
        boolean custom = choice.getValue() == Choice.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        to.setInvalid(false);
        DayRange range;
        try {
            range = choice.getValue().range(today, from.getValue(), to.getValue());
        } catch (DomainException broken) {
            Facts.showAt(to, Messages.of(broken, getLocale()));
            return;
        }
        chosen.accept(range);
    }
}
