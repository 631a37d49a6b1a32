package coop.khidma.platform.time;

import coop.khidma.platform.i18n.DomainException;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * The days a count covers, from … to inclusive, as the office reads them in Riyadh: a Gregorian month, an Umm al-Qura
 * (Hijri) month, or any range chosen by hand. Named in both calendars ({@link #label}), since a report read by the
 * board is dated Hijri beside Gregorian.
 */
public record DayRange(LocalDate from, LocalDate to) {

    /** Breaks {@code rule.period.order} when either day is missing or {@code to} is before {@code from}. */
    public DayRange {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("rule.period.order");
        }
    }

    /** The Gregorian month {@code monthsBack} months before the one {@code today} is in (0 for this month). */
    public static DayRange gregorianMonth(LocalDate today, int monthsBack) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(monthsBack);
        return new DayRange(first, first.plusMonths(1).minusDays(1));
    }

    /**
     * The Umm al-Qura month {@code monthsBack} months before the one {@code today} is in (0 for this month): from its
     * first day to its 29th or 30th. Breaks {@code rule.hijri.outOfRange} outside the calendar's years.
     */
    public static DayRange hijriMonth(LocalDate today, int monthsBack) {
        try {
            HijrahDate first = HijrahDate.from(today).with(ChronoField.DAY_OF_MONTH, 1)
                    .minus(monthsBack, ChronoUnit.MONTHS);
            return new DayRange(LocalDate.from(first),
                    LocalDate.from(first.plus(1, ChronoUnit.MONTHS)).minusDays(1));
        } catch (DateTimeException outsideUmmAlQura) {
            throw new DomainException("rule.hijri.outOfRange", today);
        }
    }

    /** The single day {@code daysBack} days before {@code today} (0 for today). */
    public static DayRange day(LocalDate today, int daysBack) {
        LocalDate day = today.minusDays(daysBack);
        return new DayRange(day, day);
    }

    /** The Saudi week (Sunday to Saturday) {@code weeksBack} weeks before the one {@code today} is in (0 for this week). */
    public static DayRange week(LocalDate today, int weeksBack) {
        LocalDate sunday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusWeeks(weeksBack);
        return new DayRange(sunday, sunday.plusDays(6));
    }

    /**
     * The period a report compares this one with: the Gregorian month before a whole Gregorian month, the Umm al-Qura
     * month before a whole Hijri month, and otherwise as many days ending the day before (the day before a day, the
     * week before a week).
     */
    public DayRange previous() {
        if (isGregorianMonth()) {
            return gregorianMonth(from, 1);
        }
        if (isHijriMonth()) {
            return hijriMonth(from, 1);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new DayRange(from.minusDays(days), from.minusDays(1));
    }

    /** A whole month of either calendar: a Gregorian month, or an Umm al-Qura month from its first day to its last. */
    public boolean isWholeMonth() {
        return isGregorianMonth() || isHijriMonth();
    }

    private boolean isGregorianMonth() {
        return from.getDayOfMonth() == 1 && to.equals(from.plusMonths(1).minusDays(1));
    }

    private boolean isHijriMonth() {
        try {
            HijrahDate first = HijrahDate.from(from);
            return first.get(ChronoField.DAY_OF_MONTH) == 1
                    && to.equals(LocalDate.from(first.plus(1, ChronoUnit.MONTHS)).minusDays(1));
        } catch (DateTimeException outsideUmmAlQura) {
            return false;
        }
    }

    /** The first instant of {@code from} in Riyadh. */
    public Instant start() {
        return from.atStartOfDay(HijriDates.RIYADH).toInstant();
    }

    /** The first instant after {@code to} in Riyadh (the range ends before it). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(HijriDates.RIYADH).toInstant();
    }

    /**
     * Hijri first, then Gregorian, each from … to: {@code 1 Ramadan 1447 AH – 29 Ramadan 1447 AH · 18 February 2026 –
     * 18 March 2026}.
     */
    public String label(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return HijriDates.hijri(from, locale) + " – " + HijriDates.hijri(to, locale) + " · "
                + HijriDates.gregorian(from, locale) + " – " + HijriDates.gregorian(to, locale);
    }
}
