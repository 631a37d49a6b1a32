package coop.khidma.escalation.entity;

import coop.khidma.escalation.control.EscalationLadder;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One rung of the configurable escalation ladder as a row: a stable code (named by the bundles as
 * {@code escalation.level.<code>}), its position (lowest first), its response time and the role whose holders
 * answer at this level. Admins edit it; {@link #ladder(List)} turns the rows into an {@link EscalationLadder}.
 */
@Entity
@Table(name = "escalation_level")
public class EscalationLevel {

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, unique = true)
    private int position;

    @Column(name = "response_minutes", nullable = false)
    private long responseMinutes;

    @Column(name = "answering_role", nullable = false, length = 20)
    private String answeringRole;

    @Version
    private long version;

    protected EscalationLevel() {
        // for the persistence provider only
    }

    /** Breaks {@code rule.escalation.level}. */
    public EscalationLevel(String code, int position, Duration responseTime, String answeringRole) {
        this.code = code;
        this.position = position;
        this.answeringRole = Objects.requireNonNull(answeringRole, "answeringRole");
        changeResponseTime(responseTime);
    }

    /** An admin's edit; breaks {@code rule.escalation.level} for a missing or non-positive time. */
    public void changeResponseTime(Duration responseTime) {
        if (responseTime == null || responseTime.isNegative() || responseTime.isZero()) {
            throw new DomainException("rule.escalation.level");
        }
        new EscalationLadder.Level(code, responseTime); // the same checks as the ladder
        this.responseMinutes = responseTime.toMinutes();
    }

    /** The ladder these rows make, ordered by position. */
    public static EscalationLadder ladder(List<EscalationLevel> rows) {
        return new EscalationLadder(rows.stream().sorted(Comparator.comparingInt(EscalationLevel::position))
                .map(EscalationLevel::toLevel).toList());
    }

    public EscalationLadder.Level toLevel() {
        return new EscalationLadder.Level(code, responseTime());
    }

    public String code() {
        return code;
    }

    public int position() {
        return position;
    }

    public Duration responseTime() {
        return Duration.ofMinutes(responseMinutes);
    }

    public String answeringRole() {
        return answeringRole;
    }

    public long version() {
        return version;
    }
}
