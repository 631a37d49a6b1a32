package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.DayRange;
import coop.khidma.ui.console.Facts;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The period a report covers: a day, a Saudi week, a Gregorian or Hijri month (this one or the one before), or days
 * chosen by hand; the chosen range goes to the listener, a broken one (to before from) is shown at the field.
 */
class PeriodPicker extends Div {

    /** The periods offered, counted back from today in Riyadh. */
    enum Choice {
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

    final Select<Choice> choice = new Select<>();
    final DatePicker from;
    final DatePicker to;
    private final LocalDate today;
    private final Consumer<DayRange> chosen;

    PeriodPicker(LocalDate today, Consumer<DayRange> chosen) {
        this.today = today;
        this.chosen = chosen;
        addClassName("console-filters");
        choice.setId("report-period");
        choice.setLabel(getTranslation("reports.period"));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(value -> getTranslation("reports.period." + value.name()));
        choice.setValue(Choice.THIS_GREGORIAN_MONTH);
        from = Facts.datePicker(getTranslation("console.channels.from"), today.withDayOfMonth(1));
        from.setId("report-from");
        to = Facts.datePicker(getTranslation("console.channels.to"), today);
        to.setId("report-to");
        choice.addValueChangeListener(change -> apply());
        from.addValueChangeListener(change -> apply());
        to.addValueChangeListener(change -> apply());
        add(choice, from, to);
    }

    /** Sends the chosen range to the listener (also once at the start). */
    void apply() {
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
