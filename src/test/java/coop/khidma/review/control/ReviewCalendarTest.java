package coop.khidma.review.control;

import coop.khidma.review.control.ReviewCalendar.Pause;
import coop.khidma.review.control.ReviewCalendar.ReviewWindow;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.List;
import java.util.Set;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewCalendarTest {

    private final ReviewCalendar calendar = new ReviewCalendar(SaudiHolidays.forYear(2026));
    private final ReviewCalendar noHolidays = new ReviewCalendar(Set.of());

    /** Sunday 4 January 2026: no holiday for the next four weeks. */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 1, 4);

    @Test
    void fridayAndSaturdayAreTheWeekend() {
        assertEquals(DayOfWeek.THURSDAY, LocalDate.of(2026, 1, 8).getDayOfWeek());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 1, 8)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 1, 9)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 1, 10)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 1, 11)));
    }

    @Test
    void holidaysAreNotWorkingDays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 3, 18)), "29 Ramadan, a Wednesday");
        assertTrue(noHolidays.isWorkingDay(LocalDate.of(2026, 3, 18)));
    }

    @Test
    void countingStartsTheDayAfterAndSkipsTheWeekend() {
        LocalDate thursday = LocalDate.of(2026, 1, 8);
        assertEquals(thursday, calendar.addWorkingDays(thursday, 0));
        assertEquals(LocalDate.of(2026, 1, 11), calendar.addWorkingDays(thursday, 1));
        assertEquals(LocalDate.of(2026, 1, 11), calendar.addWorkingDays(LocalDate.of(2026, 1, 9), 1), "from a Friday");
        assertEquals(LocalDate.of(2026, 1, 15), calendar.addWorkingDays(thursday, 5));
        assertEquals(LocalDate.of(2026, 1, 18), calendar.addWorkingDays(thursday, 6));
        assertBroken("rule.review.negativeDays", () -> calendar.addWorkingDays(thursday, -1));
    }

    @Test
    void eidAlFitrPushesTheDateByItsWorkingDays() {
        LocalDate sunday = LocalDate.of(2026, 3, 15);
        assertEquals(LocalDate.of(2026, 4, 2), noHolidays.addWorkingDays(sunday, 14));
        // 18, 19 March (29–30 Ramadan) and 22 March (3 Shawwal) are weekday holidays; 20–21 March are the weekend
        assertEquals(LocalDate.of(2026, 4, 7), calendar.addWorkingDays(sunday, 14));
        assertEquals(14, calendar.workingDaysBetween(sunday, LocalDate.of(2026, 4, 7)));
    }

    @Test
    void crossingFromShabanIntoRamadanAndOverFoundingDay() {
        LocalDate handedOver = LocalDate.from(HijrahDate.of(1447, 8, 27));
        assertEquals(LocalDate.of(2026, 2, 15), handedOver);
        assertEquals(29, HijrahDate.of(1447, 8, 1).lengthOfMonth(), "Sha'ban 1447 has 29 days");
        LocalDate fifth = calendar.addWorkingDays(handedOver, 5); // 16, 17 (29 Sha'ban), 18 (1 Ramadan), 19, [22 Founding Day], 23
        assertEquals(LocalDate.of(2026, 2, 23), fifth);
        assertEquals(HijrahDate.of(1447, 9, 6), HijrahDate.from(fifth));
    }

    @Test
    void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
        LocalDate thursday = LocalDate.of(2026, 1, 8), sunday = LocalDate.of(2026, 1, 11);
        assertEquals(1, calendar.workingDaysBetween(thursday, sunday));
        assertEquals(0, calendar.workingDaysBetween(thursday, LocalDate.of(2026, 1, 10)));
        assertEquals(0, calendar.workingDaysBetween(thursday, thursday));
        assertEquals(0, calendar.workingDaysBetween(sunday, thursday));
        assertEquals(10, calendar.workingDaysBetween(SUNDAY, LocalDate.of(2026, 1, 18)));
    }

    @Test
    void windowWithoutPauses() {
        ReviewWindow window = calendar.window(SUNDAY, 10, 15, List.of());
        assertEquals(new ReviewWindow(SUNDAY, LocalDate.of(2026, 1, 18), LocalDate.of(2026, 1, 25)), window);
    }

    @Test
    void decisionIsAllowedFromTheFloorAndOverdueAfterTheCeiling() {
        ReviewWindow window = calendar.window(SUNDAY, 10, 15, List.of());
        assertFalse(calendar.decisionAllowed(window, LocalDate.of(2026, 1, 17)));
        assertTrue(calendar.decisionAllowed(window, LocalDate.of(2026, 1, 18)));
        assertFalse(calendar.isOverdue(window, LocalDate.of(2026, 1, 25)));
        assertTrue(calendar.isOverdue(window, LocalDate.of(2026, 1, 26)));
    }

    @Test
    void pausedWorkingDaysPushFloorAndCeiling() {
        var waitingOnMember = new Pause(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 13)); // Sunday to Tuesday
        ReviewWindow window = calendar.window(SUNDAY, 10, 15, List.of(waitingOnMember));
        assertEquals(LocalDate.of(2026, 1, 21), window.earliestDecision());
        assertEquals(LocalDate.of(2026, 1, 28), window.due());
    }

    @Test
    void aPauseOverTheWeekendCostsOnlyItsWorkingDays() {
        var thursdayToSunday = new Pause(LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 11));
        ReviewWindow window = calendar.window(SUNDAY, 10, 15, List.of(thursdayToSunday));
        assertEquals(calendar.addWorkingDays(SUNDAY, 12), window.earliestDecision());
        assertEquals(calendar.addWorkingDays(SUNDAY, 17), window.due());
    }

    @Test
    void anOpenPauseStopsTheClock() {
        var stillWaiting = new Pause(LocalDate.of(2026, 1, 14), null);
        ReviewWindow beforeFloor = calendar.window(SUNDAY, 10, 15, List.of(stillWaiting));
        assertEquals(new ReviewWindow(SUNDAY, null, null), beforeFloor);
        assertFalse(calendar.decisionAllowed(beforeFloor, LocalDate.of(2027, 1, 1)));
        assertFalse(calendar.isOverdue(beforeFloor, LocalDate.of(2027, 1, 1)));

        ReviewWindow afterFloor = calendar.window(SUNDAY, 3, 15, List.of(stillWaiting));
        assertEquals(LocalDate.of(2026, 1, 7), afterFloor.earliestDecision());
        assertNull(afterFloor.due());
        assertTrue(calendar.decisionAllowed(afterFloor, LocalDate.of(2026, 1, 14)));
    }

    @Test
    void equalFloorAndCeilingAndZeroDaysAreAllowed() {
        ReviewWindow same = calendar.window(SUNDAY, 10, 10, List.of());
        assertEquals(same.earliestDecision(), same.due());
        assertEquals(new ReviewWindow(SUNDAY, SUNDAY, SUNDAY), calendar.window(SUNDAY, 0, 0, List.of()));
    }

    @Test
    void aWindowMustBeOrderedAndNotNegative() {
        var broken = assertBroken("rule.review.floorAfterCeiling", () -> calendar.window(SUNDAY, 11, 10, List.of()));
        assertArrayEquals(new Object[] {11, 10}, broken.arguments());
        assertBroken("rule.review.negativeDays", () -> calendar.window(SUNDAY, -1, 10, List.of()));
        assertBroken("rule.review.negativeDays", () -> calendar.window(SUNDAY, 0, -1, List.of()));
    }

    @Test
    void aPauseMustStartAndNotEndBeforeItStarts() {
        assertBroken("rule.review.pauseOrder", () -> new Pause(LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 7)));
        assertBroken("rule.review.pauseOrder", () -> new Pause(null, LocalDate.of(2026, 1, 7)));
        assertTrue(new Pause(LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 8)).covers(LocalDate.of(2026, 1, 8)));
    }
}
