package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.Component;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.platform.time.HijriDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;

/** How the assembly screens name a meeting and its times: Hijri beside Gregorian, and the time of day in Riyadh. */
final class AssemblyTexts {

    private AssemblyTexts() {
    }

    /** The Riyadh day and time, e.g. {@code 12 Rabi' al-Awwal 1448 AH — 24 September 2026 · 16:00}. */
    static String when(Instant at, Locale locale) {
        return at == null ? "" : HijriDates.both(day(at), locale) + " · " + time(at, locale);
    }

    static String time(Instant at, Locale locale) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).withDecimalStyle(DecimalStyle.of(locale))
                .format(at.atZone(HijriDates.RIYADH));
    }

    static LocalDate day(Instant at) {
        return at.atZone(HijriDates.RIYADH).toLocalDate();
    }

    static LocalTime timeOfDay(Instant at) {
        return at.atZone(HijriDates.RIYADH).toLocalTime();
    }

    /** The instant of a Riyadh day and time, or {@code null} when either is missing. */
    static Instant at(LocalDate day, LocalTime time) {
        return day == null || time == null ? null : day.atTime(time).atZone(HijriDates.RIYADH).toInstant();
    }

    /** "Ordinary General Assembly GA-7". */
    static String title(Component in, GeneralAssembly assembly) {
        return in.getTranslation("assembly.console.meeting", in.getTranslation("assembly.console.kind."
                + assembly.kind().name()), assembly.subject());
    }
}
