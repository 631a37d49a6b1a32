package coop.khidma.escalation.control;

import coop.khidma.escalation.control.EscalationLadder.Level;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.WorkingDays;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static coop.khidma.platform.i18n.BrokenRule.inBothBundles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class EscalationLadderTest {

    /** Thursday 3 December 2026, 15:00 in Riyadh (UTC+3). */
    private static final Instant THURSDAY_AFTERNOON = Instant.parse("2026-12-03T12:00:00Z");

    private final EscalationLadder ladder = EscalationLadder.defaults(office());

    /** The office's week (Sunday to Thursday) less the given holidays, as the review component keeps it. */
    public static WorkingDays office(LocalDate... holidays) {
        Set<LocalDate> closed = Set.of(holidays);
        return (day, n) -> {
            LocalDate at = day;
            for (int counted = 0; counted < n; ) {
                at = at.plusDays(1);
                if (at.getDayOfWeek() != DayOfWeek.FRIDAY && at.getDayOfWeek() != DayOfWeek.SATURDAY
                        && !closed.contains(at)) {
                    counted++;
                }
            }
            return at;
        };
    }

    @Test
    void theDefaultLadderClimbsFromTheOfficerToTheBoard() {
        assertEquals(List.of("OFFICER", "SUPERVISOR", "DIRECTOR", "BOARD"),
                ladder.levels().stream().map(Level::code).toList());
        assertEquals(new Level("OFFICER", 2, Roles.STAFF), ladder.first());
        assertEquals("SUPERVISOR", ladder.above("OFFICER").orElseThrow().code());
        assertEquals("DIRECTOR", ladder.above("SUPERVISOR").orElseThrow().code());
        assertEquals(Optional.of(new Level("BOARD", 10, Roles.DIRECTOR)), ladder.above("DIRECTOR"));
        assertEquals(Optional.empty(), ladder.above("BOARD"));
        assertEquals("BOARD", ladder.top().code());
    }

    @Test
    void everyDefaultLevelIsNamedInArabicAndEnglish() {
        ladder.levels().forEach(level -> assertTrue(inBothBundles("escalation.level." + level.code()), level::code));
    }

    @Test
    void aThursdayAfternoonReferralWithTwoWorkingDaysIsDueByMondayNotSaturday() {
        assertEquals(LocalDate.parse("2026-12-07"), ladder.dueDay("OFFICER", THURSDAY_AFTERNOON));
        // the end of Monday in Riyadh: midnight between Monday and Tuesday
        assertEquals(Instant.parse("2026-12-07T21:00:00Z"), ladder.dueAt("OFFICER", THURSDAY_AFTERNOON));
        // two calendar days later (Saturday 15:00) and on Monday morning it still waits at its level
        assertFalse(ladder.shouldClimb("OFFICER", THURSDAY_AFTERNOON, Instant.parse("2026-12-05T12:00:00Z")));
        assertFalse(ladder.shouldClimb("OFFICER", THURSDAY_AFTERNOON, Instant.parse("2026-12-07T06:00:00Z")));
        assertFalse(ladder.shouldClimb("OFFICER", THURSDAY_AFTERNOON, Instant.parse("2026-12-07T20:59:59.999999Z")));
        assertTrue(ladder.shouldClimb("OFFICER", THURSDAY_AFTERNOON, Instant.parse("2026-12-07T21:00:00Z")));
    }

    @Test
    void eachLevelCountsItsWorkingDaysFridaysAndSaturdaysNever() {
        assertEquals(LocalDate.parse("2026-12-08"), ladder.dueDay("SUPERVISOR", THURSDAY_AFTERNOON));
        assertEquals(LocalDate.parse("2026-12-10"), ladder.dueDay("DIRECTOR", THURSDAY_AFTERNOON));
        assertEquals(LocalDate.parse("2026-12-17"), ladder.dueDay("BOARD", THURSDAY_AFTERNOON));
    }

    @Test
    void aHolidayIsSkipped() {
        EscalationLadder withHoliday = EscalationLadder.defaults(office(LocalDate.parse("2026-12-06")));
        assertEquals(LocalDate.parse("2026-12-08"), withHoliday.dueDay("OFFICER", THURSDAY_AFTERNOON));
        assertEquals(Instant.parse("2026-12-08T21:00:00Z"), withHoliday.dueAt("OFFICER", THURSDAY_AFTERNOON));
    }

    @Test
    void theDayIsTheDayInRiyadhNotInUtc() {
        // Wednesday 23:30 UTC is already Thursday 02:30 in Riyadh: counted from Thursday, due by Monday
        assertEquals(LocalDate.parse("2026-12-07"), ladder.dueDay("OFFICER", Instant.parse("2026-12-02T23:30:00Z")));
        // Thursday 23:59 in Riyadh is still Thursday
        assertEquals(LocalDate.parse("2026-12-07"), ladder.dueDay("OFFICER", Instant.parse("2026-12-03T20:59:00Z")));
        // raised on a Friday (the system's deadline runs every day) it counts from Sunday too
        assertEquals(LocalDate.parse("2026-12-07"), ladder.dueDay("OFFICER", Instant.parse("2026-12-04T09:00:00Z")));
    }

    @Test
    void noOneIsReferredToTheirOwnLevel() {
        assertEquals("SUPERVISOR", ladder.firstFor(Set.of(Roles.STAFF)).code());
        assertEquals("DIRECTOR", ladder.firstFor(Set.of(Roles.SUPERVISOR)).code());
        assertEquals("DIRECTOR", ladder.firstFor(Set.of(Roles.STAFF, Roles.SUPERVISOR)).code());
        assertEquals("BOARD", ladder.firstFor(Set.of(Roles.DIRECTOR)).code());
        assertEquals("BOARD", ladder.firstFor(Set.of(Roles.STAFF, Roles.DIRECTOR, Roles.ADMIN)).code());
        // someone who answers no level (the system, an administrator) starts at the bottom
        assertEquals("OFFICER", ladder.firstFor(Set.of()).code());
        assertEquals("OFFICER", ladder.firstFor(Set.of(Roles.ADMIN, Roles.COMMITTEE)).code());
    }

    @Test
    void theBoardIsTheTop() {
        assertFalse(ladder.shouldClimb("BOARD", THURSDAY_AFTERNOON, ladder.dueAt("BOARD", THURSDAY_AFTERNOON)));
        assertFalse(ladder.shouldClimb("BOARD", THURSDAY_AFTERNOON, Instant.parse("2027-12-03T12:00:00Z")));
    }

    @Test
    void aLadderNeedsDistinctLevels() {
        assertBroken("rule.escalation.emptyLadder", () -> new EscalationLadder(List.of(), office()));
        var duplicate = assertBroken("rule.escalation.duplicateLevel", () -> new EscalationLadder(List.of(
                new Level("OFFICER", 2, Roles.STAFF), new Level("OFFICER", 3, Roles.STAFF)), office()));
        assertArrayEquals(new Object[] {"OFFICER"}, duplicate.arguments());
    }

    @Test
    void aLevelNeedsACodeARoleAndOneToSixtyWorkingDays() {
        assertBroken("rule.escalation.level", () -> new Level(" ", 1, Roles.STAFF));
        assertBroken("rule.escalation.level", () -> new Level("OFFICER", 2, null));
        var zero = assertBroken("rule.escalation.workingDays", () -> new Level("OFFICER", 0, Roles.STAFF));
        assertArrayEquals(new Object[] {1, 60}, zero.arguments());
        assertBroken("rule.escalation.workingDays", () -> new Level("OFFICER", -1, Roles.STAFF));
        assertBroken("rule.escalation.workingDays", () -> new Level("OFFICER", 61, Roles.STAFF));
        assertEquals(60, new Level("OFFICER", 60, Roles.STAFF).workingDays());
        assertTrue(inBothBundles("rule.escalation.workingDays"));
        assertTrue(inBothBundles("rule.escalation.ownReferral"));
    }

    @Test
    void anUnknownCodeIsRefused() {
        assertBroken("rule.escalation.unknownLevel", () -> ladder.above("CEO"));
        assertBroken("rule.escalation.unknownLevel", () -> ladder.dueAt("CEO", THURSDAY_AFTERNOON));
    }

    @Test
    void aSingleLevelLadderNeverClimbs() {
        var single = new EscalationLadder(List.of(new Level("OFFICER", 1, Roles.STAFF)), office());
        assertFalse(single.shouldClimb("OFFICER", THURSDAY_AFTERNOON, Instant.parse("2026-12-31T00:00:00Z")));
        assertEquals("OFFICER", single.firstFor(Set.of(Roles.STAFF)).code());
    }
}
