package coop.khidma.escalation.control;

import coop.khidma.platform.i18n.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The "higher authority" of the policy as an ordered ladder, lowest first: each level has a response time, and an
 * unanswered escalation climbs to the next level once it passes. Serves the policy's "the employee refers the member
 * to the higher authority to answer the member's questions and explain the organisational aspects". Level codes are
 * stable: the bundles name them as {@code escalation.level.<code>}.
 */
public final class EscalationLadder {

    private final List<Level> levels;

    /** A ladder of distinct levels, lowest first; breaks {@code rule.escalation.emptyLadder} or {@code rule.escalation.duplicateLevel}. */
    public EscalationLadder(List<Level> levels) {
        if (levels.isEmpty()) {
            throw new DomainException("rule.escalation.emptyLadder");
        }
        var codes = new HashSet<String>();
        for (Level level : levels) {
            if (!codes.add(level.code())) {
                throw new DomainException("rule.escalation.duplicateLevel", level.code());
            }
        }
        this.levels = List.copyOf(levels);
    }

    /** Shareholder-relations officer (2 days), member-services supervisor (3), executive director (5), board (10). */
    public static EscalationLadder defaults() {
        return new EscalationLadder(List.of(
                new Level("OFFICER", Duration.ofDays(2)),
                new Level("SUPERVISOR", Duration.ofDays(3)),
                new Level("DIRECTOR", Duration.ofDays(5)),
                new Level("BOARD", Duration.ofDays(10))));
    }

    public List<Level> levels() {
        return levels;
    }

    /** Where every escalation starts. */
    public Level first() {
        return levels.get(0);
    }

    /** The level by its code; breaks {@code rule.escalation.unknownLevel}. */
    public Level level(String code) {
        return levels.stream().filter(level -> level.code().equals(code)).findFirst()
                .orElseThrow(() -> new DomainException("rule.escalation.unknownLevel", code));
    }

    /** The next higher level, or empty at the top of the ladder. */
    public Optional<Level> above(String code) {
        int index = levels.indexOf(level(code));
        return index + 1 < levels.size() ? Optional.of(levels.get(index + 1)) : Optional.empty();
    }

    /** When the level must have answered an escalation raised to it at {@code raisedAt}. */
    public Instant dueAt(String code, Instant raisedAt) {
        return raisedAt.plus(level(code).responseTime());
    }

    /** Unanswered at or after the due instant, and someone higher exists to take it. */
    public boolean shouldClimb(String code, Instant raisedAt, Instant now) {
        return !now.isBefore(dueAt(code, raisedAt)) && above(code).isPresent();
    }

    /** A rung: a stable code and the time it has to respond; breaks {@code rule.escalation.level}. */
    public record Level(String code, Duration responseTime) {

        public Level {
            if (code == null || code.isBlank() || responseTime == null || responseTime.isNegative()
                    || responseTime.isZero()) {
                throw new DomainException("rule.escalation.level");
            }
        }
    }
}
