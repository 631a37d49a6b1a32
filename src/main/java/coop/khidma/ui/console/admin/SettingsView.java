package coop.khidma.ui.console.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.escalation.boundary.Escalations.LevelRow;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.kiosk.KioskDevices.IdleTime;
import coop.khidma.platform.kiosk.KioskDevices;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.Calendars;
import coop.khidma.review.entity.Holiday;
import coop.khidma.review.entity.ReviewSettings;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.shared.Columns;
import coop.khidma.ui.shared.CsvExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Administration: the settings the components read from the database: the escalation ladder's response times, the
 * committee's window (floor, ceiling, reminder, in working days), the holidays that stop its clock (Hijri beside
 * Gregorian), and the kiosk's idle time (empty: the environment's default).
 */
@Route(value = "console/admin/settings", layout = ConsoleLayout.class)
@RolesAllowed(Roles.ADMIN)
public class SettingsView extends Div implements HasDynamicTitle {

    private final Escalations escalations;
    private final Calendars calendars;
    private final KioskDevices kiosks;
    private final Div ladder = new Div();
    private final Div window = new Div();
    private final Div idle = new Div();
    private final Grid<Holiday> holidays = new Grid<>();
    private final Select<Integer> year = new Select<>();

    @Inject
    public SettingsView(Escalations escalations, Calendars calendars, KioskDevices kiosks) {
        this.escalations = escalations;
        this.calendars = calendars;
        this.kiosks = kiosks;
        addClassName("console-page");
        ladder.setId("settings-ladder");
        window.setId("settings-window");
        idle.setId("settings-idle");
        add(new H2(getTranslation("admin.settings.title")),
                section("admin.settings.ladder", ladder), section("admin.settings.window", window),
                section("admin.settings.holidays", holidaysSection()), section("admin.settings.idle", idle));
        showLadder();
        showWindow();
        showIdle();
    }

    private Div section(String key, com.vaadin.flow.component.Component content) {
        Div section = new Div(new H3(getTranslation(key)), content);
        section.addClassName("admin-section");
        return section;
    }

    private void showLadder() {
        ladder.removeAll();
        for (LevelRow level : escalations.ladderLevels()) {
            TextField time = days("ladder-" + level.code().toLowerCase(), "escalation.level." + level.code(),
                    level.responseWorkingDays());
            time.setHelperText(getTranslation("admin.settings.answeredBy", getTranslation("admin.role." + level.answeringRole())));
            Button save = new Button(getTranslation("admin.save"), click -> {
                OptionalInt value = wholeNumber(time);
                if (value.isPresent()) {
                    try {
                        escalations.changeResponseTime(level.code(), level.version(), value.getAsInt());
                    } catch (DomainException broken) {
                        invalid(time, Messages.of(broken, getLocale()));
                        return;
                    }
                    saved();
                    showLadder();
                }
            });
            save.setId("ladder-save-" + level.code().toLowerCase());
            Div line = new Div(time, save);
            line.addClassName("admin-line");
            ladder.add(line);
        }
    }

    private void showWindow() {
        window.removeAll();
        ReviewSettings settings = calendars.settings();
        TextField floor = days("window-floor", "admin.settings.floor", settings.floorWorkingDays());
        TextField ceiling = days("window-ceiling", "admin.settings.ceiling", settings.ceilingWorkingDays());
        TextField reminder = days("window-reminder", "admin.settings.reminder", settings.reminderWorkingDays());
        Button save = new Button(getTranslation("admin.save"), click -> {
            OptionalInt f = wholeNumber(floor), c = wholeNumber(ceiling), r = wholeNumber(reminder);
            if (f.isPresent() && c.isPresent() && r.isPresent()) {
                try {
                    calendars.changeSettings(f.getAsInt(), c.getAsInt(), r.getAsInt());
                } catch (DomainException broken) {
                    invalid("rule.review.floorUnderTwoWeeks".equals(broken.key()) ? floor : ceiling,
                            Messages.of(broken, getLocale()));
                    return;
                }
                saved();
                showWindow();
            }
        });
        save.setId("window-save");
        Div line = new Div(floor, ceiling, reminder, save);
        line.addClassName("admin-line");
        window.add(new Paragraph(getTranslation("admin.settings.window.note")), line);
    }

    private TextField days(String id, String key, int value) {
        TextField field = new TextField(getTranslation(key));
        field.setId(id);
        field.setValue(String.valueOf(value));
        field.setSuffixComponent(new Span(getTranslation("admin.settings.workingDays")));
        return field;
    }

    private Div holidaysSection() {
        int thisYear = LocalDate.now(HijriDates.RIYADH).getYear();
        year.setId("holidays-year");
        year.setLabel(getTranslation("admin.settings.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(change -> showHolidays());
        holidays.setId("holidays");
        holidays.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        Columns<Holiday> columns = new Columns<Holiday>()
                .column("admin.settings.holiday.gregorian", holiday -> holiday.day().toString()).csvOnly()
                .column("admin.settings.holiday.date", (holiday, locale) -> HijriDates.both(holiday.day(), locale))
                .autoWidth()
                .column("admin.settings.holiday.nameArabic", Holiday::nameArabic).autoWidth()
                .column("admin.settings.holiday.nameEnglish", Holiday::nameEnglish).autoWidth()
                .column("admin.settings.holiday.source", (holiday, locale) ->
                        Messages.get(locale, "holidaySource." + holiday.source()));
        columns.addTo(holidays);
        holidays.addComponentColumn(holiday -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                calendars.removeHoliday(holiday.id());
                saved();
                showHolidays();
            });
            remove.setId("holiday-remove-" + holiday.day());
            remove.setAriaLabel(getTranslation("admin.settings.holiday.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setFlexGrow(0).setAutoWidth(true);
        holidays.setAllRowsVisible(true);
        DatePicker day = new DatePicker(getTranslation("admin.settings.holiday.date"));
        day.setId("holiday-date");
        TextField arabic = new TextField(getTranslation("admin.settings.holiday.nameArabic"));
        arabic.setId("holiday-name-ar");
        TextField english = new TextField(getTranslation("admin.settings.holiday.nameEnglish"));
        english.setId("holiday-name-en");
        Button add = new Button(getTranslation("admin.settings.holiday.add"), VaadinIcon.PLUS.create(), click -> {
            day.setInvalid(false);
            arabic.setInvalid(false);
            if (day.getValue() == null) {
                day.setErrorMessage(getTranslation("admin.settings.holiday.dateRequired"));
                day.setInvalid(true);
                return;
            }
            try {
                calendars.addHoliday(day.getValue(), arabic.getValue(), english.getValue());
            } catch (DomainException broken) {
                invalid(broken.key().equals("rule.holiday.duplicate") ? null : arabic, Messages.of(broken, getLocale()));
                if (broken.key().equals("rule.holiday.duplicate")) {
                    day.setErrorMessage(Messages.of(broken, getLocale()));
                    day.setInvalid(true);
                }
                return;
            }
            saved();
            year.setValue(day.getValue().getYear());
            showHolidays();
        });
        add.setId("holiday-add");
        Div form = new Div(day, arabic, english, add);
        form.addClassName("admin-line");
        Div bar = new Div(year, CsvExport.<Holiday>named("holidays").columns(columns)
                .rows(() -> {
                    List<Holiday> chosen = calendars.holidays(year.getValue());
                    return CsvExport.all(chosen);
                }).link());
        bar.addClassName("console-filters");
        showHolidays();
        return new Div(bar, holidays, form);
    }

    private void showHolidays() {
        holidays.setItems(calendars.holidays(year.getValue()));
    }

    private void showIdle() {
        idle.removeAll();
        IdleTime time = kiosks.idleTime();
        TextField seconds = new TextField(getTranslation("admin.settings.idle.seconds"));
        seconds.setId("idle-seconds");
        seconds.setValue(time.setByAdministrator() ? String.valueOf(time.seconds()) : "");
        seconds.setPlaceholder(String.valueOf(time.environmentSeconds()));
        seconds.setHelperText(getTranslation("admin.settings.idle.hint", time.environmentSeconds()));
        seconds.setSuffixComponent(new Span(getTranslation("admin.settings.seconds")));
        Button save = new Button(getTranslation("admin.save"), click -> {
            Integer value = null;
            if (!seconds.getValue().isBlank()) {
                OptionalInt typed = wholeNumber(seconds);
                if (typed.isEmpty()) {
                    return;
                }
                value = typed.getAsInt();
            }
            try {
                kiosks.changeIdleSeconds(value, time.version());
            } catch (DomainException broken) {
                invalid(seconds, Messages.of(broken, getLocale()));
                return;
            }
            saved();
            showIdle();
        });
        save.setId("idle-save");
        Span current = new Span(getTranslation(time.setByAdministrator() ? "admin.settings.idle.byAdmin"
                : "admin.settings.idle.byEnvironment", time.seconds()));
        current.setId("idle-current");
        Div line = new Div(seconds, save);
        line.addClassName("admin-line");
        idle.add(line, current);
    }

    /** A whole number of at most six digits (Arabic-Indic digits too), or an error at the field. */
    private OptionalInt wholeNumber(TextField field) {
        field.setInvalid(false);
        OptionalInt value = wholeNumber(field.getValue());
        if (value.isEmpty()) {
            invalid(field, getTranslation("admin.number.invalid"));
        }
        return value;
    }

    static OptionalInt wholeNumber(String typed) {
        String ascii = typed == null ? "" : Digits.toAscii(typed).strip();
        return ascii.matches("\\d{1,6}") ? OptionalInt.of(Integer.parseInt(ascii)) : OptionalInt.empty();
    }

    private static void invalid(TextField field, String message) {
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private void saved() {
        Notification.show(getTranslation("admin.saved"), 3000, Notification.Position.TOP_CENTER);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.settings.title") + " — " + getTranslation("console.title");
    }
}
