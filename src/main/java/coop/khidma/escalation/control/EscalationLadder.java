package coop.khidma.escalation.control;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.time.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The "higher authority" of the policy as an ordered ladder, lowest first: each level has a response time in whole
 * working days of the office and the role whose holders answer there, and an unanswered escalation climbs to the
 * next level once its time passes. Serves the policy's "the employee refers the member to the higher authority to
 * answer the member's questions and explain the organisational aspects". Level codes are stable: the bundles name
 * them as {@code escalation.level.<code>}.
 *
 * <p><b>The due rule.</b> A level answers by the <em>end</em> of the n-th working day after the day (in Riyadh) the
 * escalation reached it, n being its response time: the day itself does not count, Fridays, Saturdays and the
 * office's holidays never do ({@link WorkingDays}). "End of the day" because every promise the association makes is a
 * date: whatever hour it was raised, the level has all of that last day. {@link #dueAt} is therefore the first
 * instant it is late, midnight (Riyadh) after that day; e.g. raised Thursday 2026-12-03 at 15:00 with two working days
 * it is due by Monday 2026-12-07 ({@link #dueDay}) and climbs at 2026-12-08 00:00 Riyadh.
 *
 * <p><b>The first rung.</b> No one answers their own referral: it goes to the lowest level above every level the
 * referrer answers themselves ({@link #firstFor}) — a staff member's to the supervisor, a supervisor's to the
 * executive director, the director's to the board. The board has no sign-in of its own and another director records
 * its answer; where the referrer already answers the top, it goes to the top and only another holder of its role may
 * answer it (with a single director no one can, and it is flagged once overdue at the top).
 */
public final class EscalationLadder {

    private final List<Level> levels;
    private final WorkingDays workingDays;

    /**
     * A ladder of distinct levels, lowest first, counting time on the office's working days; breaks
     * {@code rule.escalation.emptyLadder} or {@code rule.escalation.duplicateLevel}.
     */
    public EscalationLadder(List<Level> levels, WorkingDays workingDays) {
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
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /**
     * Shareholder-relations officer (2 working days, staff answer), member-services supervisor (3), executive
     * director (5), board (10, recorded by a director): the ladder the first migration installs.
     */
    public static EscalationLadder defaults(WorkingDays workingDays) {
        return new EscalationLadder(List.of(
                new Level("OFFICER", 2, Roles.STAFF),
                new Level("SUPERVISOR", 3, Roles.SUPERVISOR),
                new Level("DIRECTOR", 5, Roles.DIRECTOR),
                new Level("BOARD", 10, Roles.DIRECTOR)), workingDays);
    }

    public List<Level> levels() {
        return levels;
    }

    /** The lowest level. */
    public Level first() {
        return levels.get(0);
    }

    /** The highest level: above it nothing climbs. */
    public Level top() {
        return levels.get(levels.size() - 1);
    }

    /**
     * Where a referral by someone holding {@code referrerRoles} starts: the level just above the highest one whose
     * answering role they hold (so never a level they answer themselves, unless they answer the top, which is where
     * it then goes), or the lowest level when they answer none.
     */
    public Level firstFor(Collection<String> referrerRoles) {
        int highestOwn = -1;
        for (int i = 0; i < levels.size(); i++) {
            if (referrerRoles.contains(levels.get(i).answeringRole())) {
                highestOwn = i;
            }
        }
        return levels.get(Math.min(highestOwn + 1, levels.size() - 1));
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

    /** The last day (Riyadh) the level has to answer an escalation that reached it at {@code raisedAt}. */
    public LocalDate dueDay(String code, Instant raisedAt) {
        LocalDate raisedOn = raisedAt.atZone(ZONE).toLocalDate();
        return workingDays.addWorkingDays(raisedOn, level(code).workingDays());
    }

    /** The first instant the level is late: midnight in Riyadh after its {@link #dueDay}. */
    public Instant dueAt(String code, Instant raisedAt) {
        return dueDay(code, raisedAt).plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Unanswered at or after the due instant, and someone higher exists to take it. */
    public boolean shouldClimb(String code, Instant raisedAt, Instant now) {
        return !now.isBefore(dueAt(code, raisedAt)) && above(code).isPresent();
    }

    private static final ZoneId ZONE = HijriDates.RIYADH;

    /**
     * A rung: a stable code, the whole working days it has to respond ({@value #MIN_DAYS} to {@value #MAX_DAYS}), and
     * the role whose holders answer there; breaks {@code rule.escalation.level} for a missing code or role, or
     * {@code rule.escalation.workingDays}.
     */
    public record Level(String code, int workingDays, String answeringRole) {

        public static final int MIN_DAYS = 1;
        public static final int MAX_DAYS = 60;

        public Level {
            if (code == null || code.isBlank() || answeringRole == null || answeringRole.isBlank()) {
                throw new DomainException("rule.escalation.level");
            }
            if (workingDays < MIN_DAYS || workingDays > MAX_DAYS) {
                throw new DomainException("rule.escalation.workingDays", MIN_DAYS, MAX_DAYS);
            }
        }
    }
}
