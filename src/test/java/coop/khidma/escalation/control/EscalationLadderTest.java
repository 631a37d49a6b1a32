package coop.khidma.escalation.control;

import coop.khidma.escalation.control.EscalationLadder.Level;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static coop.khidma.platform.i18n.BrokenRule.inBothBundles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EscalationLadderTest {

    private final EscalationLadder ladder = EscalationLadder.defaults();
    private final Clock raised = Clock.fixed(Instant.parse("2026-03-01T06:00:00Z"), ZoneOffset.UTC);

    @Test
    void theDefaultLadderClimbsFromTheOfficerToTheBoard() {
        assertEquals(List.of("OFFICER", "SUPERVISOR", "DIRECTOR", "BOARD"),
                ladder.levels().stream().map(Level::code).toList());
        assertEquals(new Level("OFFICER", Duration.ofDays(2)), ladder.first());
        assertEquals("SUPERVISOR", ladder.above("OFFICER").orElseThrow().code());
        assertEquals("DIRECTOR", ladder.above("SUPERVISOR").orElseThrow().code());
        assertEquals(Optional.of(new Level("BOARD", Duration.ofDays(10))), ladder.above("DIRECTOR"));
        assertEquals(Optional.empty(), ladder.above("BOARD"));
    }

    @Test
    void everyDefaultLevelIsNamedInArabicAndEnglish() {
        ladder.levels().forEach(level -> assertTrue(inBothBundles("escalation.level." + level.code()), level::code));
    }

    @Test
    void eachLevelHasItsResponseTime() {
        Instant at = raised.instant();
        assertEquals(Instant.parse("2026-03-03T06:00:00Z"), ladder.dueAt("OFFICER", at));
        assertEquals(Instant.parse("2026-03-04T06:00:00Z"), ladder.dueAt("SUPERVISOR", at));
        assertEquals(Instant.parse("2026-03-06T06:00:00Z"), ladder.dueAt("DIRECTOR", at));
        assertEquals(Instant.parse("2026-03-11T06:00:00Z"), ladder.dueAt("BOARD", at));
    }

    @Test
    void climbsExactlyAtTheDueInstantAndAfter() {
        Instant at = raised.instant(), due = ladder.dueAt("OFFICER", at);
        assertFalse(ladder.shouldClimb("OFFICER", at, due.minusNanos(1)));
        assertTrue(ladder.shouldClimb("OFFICER", at, due));
        assertTrue(ladder.shouldClimb("OFFICER", at, Clock.offset(raised, Duration.ofDays(30)).instant()));
    }

    @Test
    void theBoardIsTheTop() {
        Instant at = raised.instant();
        assertFalse(ladder.shouldClimb("BOARD", at, ladder.dueAt("BOARD", at)));
        assertFalse(ladder.shouldClimb("BOARD", at, at.plus(Duration.ofDays(365))));
    }

    @Test
    void aLadderNeedsDistinctLevels() {
        assertBroken("rule.escalation.emptyLadder", () -> new EscalationLadder(List.of()));
        var duplicate = assertBroken("rule.escalation.duplicateLevel", () -> new EscalationLadder(List.of(
                new Level("OFFICER", Duration.ofDays(2)), new Level("OFFICER", Duration.ofDays(3)))));
        assertArrayEquals(new Object[] {"OFFICER"}, duplicate.arguments());
    }

    @Test
    void aLevelNeedsACodeAndAPositiveResponseTime() {
        assertBroken("rule.escalation.level", () -> new Level(" ", Duration.ofDays(1)));
        assertBroken("rule.escalation.level", () -> new Level("OFFICER", Duration.ZERO));
        assertBroken("rule.escalation.level", () -> new Level("OFFICER", Duration.ofDays(-1)));
        assertBroken("rule.escalation.level", () -> new Level("OFFICER", null));
    }

    @Test
    void anUnknownCodeIsRefused() {
        assertBroken("rule.escalation.unknownLevel", () -> ladder.above("CEO"));
        assertBroken("rule.escalation.unknownLevel", () -> ladder.dueAt("CEO", raised.instant()));
    }

    @Test
    void aSingleLevelLadderNeverClimbs() {
        var single = new EscalationLadder(List.of(new Level("OFFICER", Duration.ofHours(4))));
        assertFalse(single.shouldClimb("OFFICER", raised.instant(), raised.instant().plus(Duration.ofDays(1))));
    }
}
