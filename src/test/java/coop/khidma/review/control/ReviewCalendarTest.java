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

        // the floor (Sunday 18 January, the 10th working day and 14 days on) was reached before the clock stopped
        ReviewWindow afterFloor = calendar.window(SUNDAY, 10, 15, List.of(new Pause(LocalDate.of(2026, 1, 19), null)));
        assertEquals(LocalDate.of(2026, 1, 18), afterFloor.earliestDecision());
        assertNull(afterFloor.due());
        assertTrue(calendar.decisionAllowed(afterFloor, LocalDate.of(2026, 1, 19)));

        // a short floor reached before the pause still waits for the two calendar weeks, which the stopped clock
        // has not run: unknown
        assertNull(calendar.window(SUNDAY, 3, 15, List.of(stillWaiting)).earliestDecision());
    }

    @Test
    void equalFloorAndCeilingAreAllowedAndZeroDaysStillMeanTwoWeeks() {
        ReviewWindow same = calendar.window(SUNDAY, 10, 10, List.of());
        assertEquals(same.earliestDecision(), same.due());
        LocalDate twoWeeksOn = LocalDate.of(2026, 1, 18);
        assertEquals(new ReviewWindow(SUNDAY, twoWeeksOn, twoWeeksOn), calendar.window(SUNDAY, 0, 0, List.of()));
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

    // ---- the floor is never less than two calendar weeks after the hand-over -----------------------------------
    // Expected dates are worked out by hand on a printed Gregorian calendar (January 2026 starts on a Thursday,
    // February 2026 on a Sunday, May 2026 on a Friday, September 2026 on a Tuesday, March 2027 on a Monday, May 2027
    // on a Saturday), with Friday and Saturday closed and these holidays, taken from the Umm al-Qura calendar
    // (1447-1448 H) and the fixed days, not from SaudiHolidays:
    //   Founding Day: Sunday 22 February 2026, Monday 22 February 2027
    //   Eid al-Fitr 1447 (29 Ramadan - 3 Shawwal): Wednesday 18 - Sunday 22 March 2026 (1 Shawwal = Friday 20 March)
    //   Eid al-Adha 1447 (9-13 Dhu al-Hijjah): Tuesday 26 - Saturday 30 May 2026 (10 Dhu al-Hijjah = Wednesday 27 May)
    //   National Day: Wednesday 23 September 2026
    //   Eid al-Fitr 1448: Monday 8 - Thursday 11 March 2027 (1 Shawwal = Tuesday 9 March)
    //   Eid al-Adha 1448: Saturday 15 - Wednesday 19 May 2027 (10 Dhu al-Hijjah = Sunday 16 May)
    // Default window: floor 10, ceiling 14 working days. Floor = the first working day that is both the 10th working
    // day after the hand-over and at least 14 calendar days after it; ceiling = the 14th working day, never before it.

    private final ReviewCalendar calendar2027 = new ReviewCalendar(SaudiHolidays.forYear(2027));

    private void assertWindow(ReviewCalendar on, LocalDate handedOver, LocalDate floor, LocalDate ceiling) {
        ReviewWindow window = on.window(handedOver, 10, 14, List.of());
        assertEquals(new ReviewWindow(handedOver, floor, ceiling), window, "handed over " + handedOver);
        assertFalse(window.earliestDecision().isBefore(handedOver.plusDays(14)), "two weeks from " + handedOver);
    }

    @Test
    void aHandOverOnEachDayOfAWeekWaitsTwoFullWeeks() {
        // no holiday between 4 January and 22 February 2026
        assertWindow(calendar, LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 18), LocalDate.of(2026, 1, 22)); // Sun
        assertWindow(calendar, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 25)); // Mon
        assertWindow(calendar, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 26)); // Tue
        assertWindow(calendar, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 27)); // Wed
        assertWindow(calendar, LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 22), LocalDate.of(2026, 1, 28)); // Thu
        // Friday 9: the 10th working day is Thursday 22 (13 days); 14 days on is Friday 23, so Sunday 25
        assertWindow(calendar, LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 28));
        // Saturday 10: the 10th working day is Thursday 22 (12 days); 14 days on is Saturday 24, so Sunday 25
        assertWindow(calendar, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 28));
    }

    @Test
    void twoWeeksFromAFridayEndOnFoundingDaySoTheFloorIsTheDayAfter() {
        // Friday 6 February 2026: 10th working day Thursday 19; 14 days on Friday 20; Sat 21, Sun 22 (Founding Day)
        // closed: Monday 23. Ceiling: 19 (10th), 23, 24, 25, Thursday 26 (14th)
        assertWindow(calendar, LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 26));
        // Saturday 6 February 2027: 10th working day Thursday 18; 14 days on Saturday 20: Sunday 21.
        // Ceiling: 21 (11th), Monday 22 (Founding Day) skipped, 23, 24, Thursday 25 (14th)
        assertWindow(calendar2027, LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 21), LocalDate.of(2027, 2, 25));
    }

    @Test
    void aSaturdayHandOverBeforeNationalDay() {
        // Saturday 5 September 2026: 10th working day Thursday 17 (12 days); 14 days on Saturday 19: Sunday 20.
        // Ceiling: 20 (11th), 21, 22, Wednesday 23 (National Day) skipped, Thursday 24 (14th)
        assertWindow(calendar, LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 24));
        // Wednesday 9 September 2026: 14 days on is National Day itself; 10th working day Thursday 24
        assertWindow(calendar, LocalDate.of(2026, 9, 9), LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 30));
    }

    @Test
    void justBeforeEidAlFitr() {
        // Tuesday 17 March 2026 (28 Ramadan 1447), the last working day before the break: closed 18-22 March;
        // working days 23-26 (1-4), 29 March-2 April (5-9), Sunday 5 April (10th), 6, 7, 8, Thursday 9 April (14th)
        assertWindow(calendar, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 9));
        // Sunday 7 March 2027 (28 Ramadan 1448): closed 8-13 March; working days 14-18 (1-5), 21-25 (6-10),
        // 28-31 (11-14)
        assertWindow(calendar2027, LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 31));
    }

    @Test
    void justBeforeEidAlAdha() {
        // Monday 25 May 2026 (8 Dhu al-Hijjah 1447): closed 26-30 May; working days 31 May-4 June (1-5),
        // 7-11 June (6-10), 14-17 June (11-14)
        assertWindow(calendar, LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 11), LocalDate.of(2026, 6, 17));
        // Thursday 13 May 2027 (7 Dhu al-Hijjah 1448): closed 14-19 May; working days Thursday 20 (1), 23-27 (2-6),
        // 30 May-3 June (7-11), 6-8 June (12-14)
        assertWindow(calendar2027, LocalDate.of(2027, 5, 13), LocalDate.of(2027, 6, 2), LocalDate.of(2027, 6, 8));
    }

    @Test
    void theHolidaysUsedAboveAreTheUmmAlQuraOnes() {
        for (LocalDate closed : List.of(LocalDate.of(2026, 2, 22), LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19),
                LocalDate.of(2026, 3, 22), LocalDate.of(2026, 5, 26), LocalDate.of(2026, 5, 27),
                LocalDate.of(2026, 5, 28), LocalDate.of(2026, 9, 23))) {
            assertFalse(calendar.isWorkingDay(closed), closed.toString());
        }
        for (LocalDate closed : List.of(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 11),
                LocalDate.of(2027, 5, 16), LocalDate.of(2027, 5, 19))) {
            assertFalse(calendar2027.isWorkingDay(closed), closed.toString());
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 3, 17)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 3, 23)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 5, 25)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 5, 31)));
        assertTrue(calendar2027.isWorkingDay(LocalDate.of(2027, 3, 7)));
        assertTrue(calendar2027.isWorkingDay(LocalDate.of(2027, 5, 20)));
    }

    @Test
    void aLongerFloorIsKeptAndACeilingBelowTheTwoWeeksFollowsTheFloor() {
        // floor 12: Friday 9 January 2026, working days 11-15 (1-5), 18-22 (6-10), 25 (11), Monday 26 (12th)
        assertEquals(LocalDate.of(2026, 1, 26), calendar.window(LocalDate.of(2026, 1, 9), 12, 14, List.of())
                .earliestDecision());
        // floor = ceiling = 10 from a Friday: the 10th working day (Thursday 22) is under two weeks; both Sunday 25
        assertEquals(new ReviewWindow(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 25)),
                calendar.window(LocalDate.of(2026, 1, 9), 10, 10, List.of()));
    }
}
