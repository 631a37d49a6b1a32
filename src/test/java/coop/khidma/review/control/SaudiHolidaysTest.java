package coop.khidma.review.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SaudiHolidaysTest {

    @Test
    void holidaysOf2026() {
        Set<LocalDate> expected = new TreeSet<>(Set.of(
                LocalDate.of(2026, 2, 22), // Founding Day
                LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), // 29 and 30 Ramadan 1447
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22), // 1–3 Shawwal
                LocalDate.of(2026, 5, 26), LocalDate.of(2026, 5, 27), LocalDate.of(2026, 5, 28), // 9–11 Dhu al-Hijjah
                LocalDate.of(2026, 5, 29), LocalDate.of(2026, 5, 30), // 12–13 Dhu al-Hijjah
                LocalDate.of(2026, 9, 23))); // National Day
        assertEquals(expected, new TreeSet<>(SaudiHolidays.forYear(2026)));
    }

    @Test
    void theEidRangesFollowUmmAlQura() {
        assertEquals(HijrahDate.of(1447, 9, 29), HijrahDate.from(LocalDate.of(2026, 3, 18)));
        assertEquals(HijrahDate.of(1447, 10, 1), HijrahDate.from(LocalDate.of(2026, 3, 20)));
        assertEquals(HijrahDate.of(1447, 10, 3), HijrahDate.from(LocalDate.of(2026, 3, 22)));
        assertEquals(HijrahDate.of(1447, 12, 9), HijrahDate.from(LocalDate.of(2026, 5, 26)));
        assertEquals(HijrahDate.of(1447, 12, 13), HijrahDate.from(LocalDate.of(2026, 5, 30)));
        assertFalse(SaudiHolidays.forYear(2026).contains(LocalDate.of(2026, 3, 17)), "28 Ramadan is worked");
        assertFalse(SaudiHolidays.forYear(2026).contains(LocalDate.of(2026, 3, 23)), "4 Shawwal is worked");
        assertFalse(SaudiHolidays.forYear(2026).contains(LocalDate.of(2026, 5, 25)), "8 Dhu al-Hijjah is worked");
        assertFalse(SaudiHolidays.forYear(2026).contains(LocalDate.of(2026, 5, 31)), "14 Dhu al-Hijjah is worked");
    }

    @Test
    void anEidThatCrossesNewYearIsSplitBetweenTheYears() {
        Set<LocalDate> year2006 = SaudiHolidays.forYear(2006), year2007 = SaudiHolidays.forYear(2007);
        // Eid al-Adha 1426 in January 2006 and Eid al-Adha 1427 from 30 December 2006 to 3 January 2007
        assertTrue(year2006.containsAll(Set.of(LocalDate.of(2006, 1, 9), LocalDate.of(2006, 1, 13),
                LocalDate.of(2006, 12, 30), LocalDate.of(2006, 12, 31))));
        assertTrue(year2007.containsAll(Set.of(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 1, 3))));
        assertTrue(year2006.stream().allMatch(day -> day.getYear() == 2006));
        assertTrue(year2007.stream().allMatch(day -> day.getYear() == 2007));
    }

    @Test
    void aYearCanHoldTwoEidAlFitr() {
        Set<LocalDate> year2000 = SaudiHolidays.forYear(2000);
        assertTrue(year2000.containsAll(Set.of(LocalDate.of(2000, 1, 6), LocalDate.of(2000, 1, 10),
                LocalDate.of(2000, 12, 25), LocalDate.of(2000, 12, 29))));
        assertEquals(3 * 5, year2000.size(), "Eid al-Fitr 1420 and 1421, Eid al-Adha 1420; no National Day yet");
    }

    @Test
    void foundingDayStartsIn2022() {
        assertFalse(SaudiHolidays.forYear(2021).contains(LocalDate.of(2021, 2, 22)));
        assertTrue(SaudiHolidays.forYear(2022).contains(LocalDate.of(2022, 2, 22)));
        assertTrue(SaudiHolidays.forYear(2021).contains(LocalDate.of(2021, 9, 23)));
    }

    @Test
    void yearsOutsideUmmAlQuraKeepOnlyTheGregorianHolidays() {
        assertEquals(Set.of(), SaudiHolidays.forYear(1882), "1300 AH starts in November 1882, after its Eids");
        assertEquals(10, SaudiHolidays.forYear(1883).size());
        assertTrue(SaudiHolidays.forYear(2174).stream().allMatch(day -> day.getYear() == 2174));
        assertEquals(Set.of(LocalDate.of(2200, 2, 22), LocalDate.of(2200, 9, 23)), SaudiHolidays.forYear(2200));
    }
}
