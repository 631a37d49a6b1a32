package coop.khidma.review.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The committee's window as a setting (one row, id 1), in Saudi working days counted after the hand-over day:
 * <ul>
 *   <li>floor, default and minimum 10: no decision before the 10th working day, i.e. two full Sunday–Thursday
 *       weeks — the policy's Arabic «خلال مدة لا تقل عن أسبوعين» (a period of not less than two weeks); the
 *       committee's calendar adds that it is never less than 14 calendar days either, whatever the weekday of the
 *       hand-over. An administrator may raise it, never lower it below {@value #MIN_FLOOR};</li>
 *   <li>ceiling, default 14: the committee's reply is due by the 14th working day; after it the item is overdue and
 *       is escalated. Four working days beyond the floor let a committee that meets weekly decide in the week the
 *       floor falls. The member is told the ceiling's date as the expected decision date ("no later than");</li>
 *   <li>reminder, default 3: the committee is reminded once when 3 working days or fewer remain before the ceiling.</li>
 * </ul>
 * An agenda item copies floor and ceiling at hand-over, so a later change never moves a date a member was told.
 */
@Entity
@Table(name = "review_settings")
public class ReviewSettings {

    public static final long SINGLETON = 1L;
    public static final int DEFAULT_FLOOR = 10;
    /** Two Sunday–Thursday weeks: a floor below it could end a decision's wait under two weeks. */
    public static final int MIN_FLOOR = 10;
    public static final int DEFAULT_CEILING = 14;
    public static final int DEFAULT_REMINDER = 3;
    public static final int MAX_DAYS = 120;

    @Id
    private Long id;

    @Column(name = "floor_working_days", nullable = false)
    private int floorWorkingDays;

    @Column(name = "ceiling_working_days", nullable = false)
    private int ceilingWorkingDays;

    @Column(name = "reminder_working_days", nullable = false)
    private int reminderWorkingDays;

    @Column(name = "changed_by", length = 60)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected ReviewSettings() {
        // for the persistence provider only
    }

    /** The defaults (10 / 14 / 3), as seeded. */
    public static ReviewSettings defaults() {
        ReviewSettings settings = new ReviewSettings();
        settings.id = SINGLETON;
        settings.floorWorkingDays = DEFAULT_FLOOR;
        settings.ceilingWorkingDays = DEFAULT_CEILING;
        settings.reminderWorkingDays = DEFAULT_REMINDER;
        return settings;
    }

    /**
     * An admin changes the window. Breaks {@code rule.review.negativeDays}, {@code rule.review.floorUnderTwoWeeks}
     * (a floor under {@value #MIN_FLOOR} working days), {@code rule.review.floorAfterCeiling},
     * {@code rule.review.tooLong} (over {@value #MAX_DAYS} working days) or {@code rule.review.reminderTooEarly}
     * (the reminder must fall on or after the hand-over, i.e. not exceed the ceiling).
     */
    public Change change(int floor, int ceiling, int reminder, String by, Instant at) {
        if (floor < 0 || ceiling < 0 || reminder < 0) {
            throw new DomainException("rule.review.negativeDays");
        }
        if (floor < MIN_FLOOR) {
            throw new DomainException("rule.review.floorUnderTwoWeeks", floor, MIN_FLOOR);
        }
        if (floor > ceiling) {
            throw new DomainException("rule.review.floorAfterCeiling", floor, ceiling);
        }
        if (ceiling > MAX_DAYS) {
            throw new DomainException("rule.review.tooLong", MAX_DAYS);
        }
        if (reminder > ceiling) {
            throw new DomainException("rule.review.reminderTooEarly", reminder, ceiling);
        }
        String before = describe();
        floorWorkingDays = floor;
        ceilingWorkingDays = ceiling;
        reminderWorkingDays = reminder;
        changedBy = by;
        changedAt = at;
        return new Change("SETTINGS", "review", "change", before, describe(), by, at, null);
    }

    private String describe() {
        return floorWorkingDays + "/" + ceilingWorkingDays + "/" + reminderWorkingDays;
    }

    public int floorWorkingDays() {
        return floorWorkingDays;
    }

    public int ceilingWorkingDays() {
        return ceilingWorkingDays;
    }

    public int reminderWorkingDays() {
        return reminderWorkingDays;
    }

    public long version() {
        return version;
    }
}
