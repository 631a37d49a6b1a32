package coop.khidma.review.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kingdom's official holidays that stop the committee's clock, computed for a Gregorian year; serves the
 * policy's review period ("the committee replies within a period of not less than two weeks"), counted in days
 * the association is open. Admin-entered holidays (extra days the government announces) are added by the caller.
 *
 * <ul>
 *   <li>Founding Day, 22 February (from 2022, when it was instituted);</li>
 *   <li>National Day, 23 September (from 2005, when it became a public holiday);</li>
 *   <li>Eid al-Fitr: 29 Ramadan through 3 Shawwal;</li>
 *   <li>Eid al-Adha: 9 Dhu al-Hijjah (the Day of Arafah) through 13 Dhu al-Hijjah (the last day of Tashreeq).</li>
 * </ul>
 * Why these Eid ranges: each year the Ministry of Human Resources announces a four-day Eid break for the private
 * and non-profit sectors (Labour Law implementing regulations, art. 24(2)) that starts on, or at the end of the
 * working day of, 29 Ramadan, and a break that starts on the Day of Arafah; the government sector gets longer breaks.
 * Since Ramadan may end after 29 or 30 days by the crescent sighting, and the Umm al-Qura table used here
 * ({@link HijrahChronology#INSTANCE}) may differ from the sighting by a day, we take the widest reading: the
 * association is assumed closed from 29 Ramadan to 3 Shawwal and from 9 to 13 Dhu al-Hijjah. Over-counting a
 * holiday only moves the committee's floor and ceiling later (the member's two weeks are never shortened); any
 * other announced day is added from the admin-entered list.
 *
 * <p>Both Eid ranges are taken from every Hijri year overlapping the Gregorian year (a Gregorian year can hold
 * two of the same Eid, e.g. Eid al-Adha in January and December 2006) and clipped to that year;
 * Hijri years outside the JDK's supported range (1300–1600 AH) contribute nothing.
 */
public final class SaudiHolidays {

    private static final MonthDay FOUNDING_DAY = MonthDay.of(2, 22);
    private static final MonthDay NATIONAL_DAY = MonthDay.of(9, 23);

    private SaudiHolidays() {
    }

    /** Every official holiday falling within {@code gregorianYear}, in date order. */
    public static Set<LocalDate> forYear(int gregorianYear) {
        var holidays = new TreeSet<LocalDate>();
        if (gregorianYear >= 2022) {
            holidays.add(FOUNDING_DAY.atYear(gregorianYear));
        }
        if (gregorianYear >= 2005) {
            holidays.add(NATIONAL_DAY.atYear(gregorianYear));
        }
        addEids(holidays, LocalDate.of(gregorianYear, 1, 1), LocalDate.of(gregorianYear, 12, 31));
        return Collections.unmodifiableSortedSet(holidays);
    }

    private static void addEids(Set<LocalDate> holidays, LocalDate first, LocalDate last) {
        LocalDate supportedFrom = hijriYearStart(minimumHijriYear()), supportedTo = hijriYearEnd(maximumHijriYear());
        if (first.isAfter(supportedTo) || last.isBefore(supportedFrom)) {
            return;
        }
        int fromYear = HijrahDate.from(first.isBefore(supportedFrom) ? supportedFrom : first).get(ChronoField.YEAR);
        int toYear = HijrahDate.from(last.isAfter(supportedTo) ? supportedTo : last).get(ChronoField.YEAR);
        for (int hijriYear = fromYear; hijriYear <= toYear; hijriYear++) {
            addRange(holidays, hijriYear, 9, 29, 10, 3, first, last);
            addRange(holidays, hijriYear, 12, 9, 12, 13, first, last);
        }
    }

    private static void addRange(Set<LocalDate> holidays, int hijriYear, int fromMonth, int fromDay, int toMonth,
                                 int toDay, LocalDate first, LocalDate last) {
        LocalDate from = LocalDate.from(HijrahDate.of(hijriYear, fromMonth, fromDay));
        LocalDate to = LocalDate.from(HijrahDate.of(hijriYear, toMonth, toDay));
        from.datesUntil(to.plusDays(1))
                .filter(day -> !day.isBefore(first) && !day.isAfter(last))
                .forEach(holidays::add);
    }

    private static int minimumHijriYear() {
        return (int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMinimum();
    }

    private static int maximumHijriYear() {
        return (int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMaximum();
    }

    private static LocalDate hijriYearStart(int hijriYear) {
        return LocalDate.from(HijrahDate.of(hijriYear, 1, 1));
    }

    private static LocalDate hijriYearEnd(int hijriYear) {
        return LocalDate.from(HijrahDate.of(hijriYear, 12, 1).with(TemporalAdjusters.lastDayOfMonth()));
    }
}
