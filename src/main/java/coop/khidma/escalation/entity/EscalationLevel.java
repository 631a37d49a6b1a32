package coop.khidma.escalation.entity;

import coop.khidma.escalation.control.EscalationLadder;
import coop.khidma.platform.time.WorkingDays;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One rung of the configurable escalation ladder as a row: a stable code (named by the bundles as
 * {@code escalation.level.<code>}), its position (lowest first), its response time in whole working days of the
 * office and the role whose holders answer at this level. Admins edit the response time; {@link #ladder} turns the
 * rows into an {@link EscalationLadder}.
 */
@Entity
@Table(name = "escalation_level")
public class EscalationLevel {

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, unique = true)
    private int position;

    @Column(name = "response_working_days", nullable = false)
    private int responseWorkingDays;

    @Column(name = "answering_role", nullable = false, length = 20)
    private String answeringRole;

    @Version
    private long version;

    protected EscalationLevel() {
        // for the persistence provider only
    }

    /** Breaks {@code rule.escalation.level}. */
    public EscalationLevel(String code, int position, int responseWorkingDays, String answeringRole) {
        this.code = code;
        this.position = position;
        this.answeringRole = Objects.requireNonNull(answeringRole, "answeringRole");
        changeResponseTime(responseWorkingDays);
    }

    /** An admin's edit; breaks {@code rule.escalation.level} for fewer than one working day. */
    public void changeResponseTime(int workingDays) {
        new EscalationLadder.Level(code, workingDays, answeringRole); // the same checks as the ladder
        this.responseWorkingDays = workingDays;
    }

    /** The ladder these rows make, ordered by position, counting on the office's working days. */
    public static EscalationLadder ladder(List<EscalationLevel> rows, WorkingDays workingDays) {
        return new EscalationLadder(rows.stream().sorted(Comparator.comparingInt(EscalationLevel::position))
                .map(EscalationLevel::toLevel).toList(), workingDays);
    }

    public EscalationLadder.Level toLevel() {
        return new EscalationLadder.Level(code, responseWorkingDays, answeringRole);
    }

    public String code() {
        return code;
    }

    public int position() {
        return position;
    }

    /** The whole working days this level has to answer. */
    public int responseWorkingDays() {
        return responseWorkingDays;
    }

    public String answeringRole() {
        return answeringRole;
    }

    public long version() {
        return version;
    }
}
