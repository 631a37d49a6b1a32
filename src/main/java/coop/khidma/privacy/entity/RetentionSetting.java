package coop.khidma.privacy.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.DataCategory;
import coop.khidma.privacy.control.RetentionRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * How long one {@link DataCategory} is kept once its purpose is served, in days (at least {@value #MIN_DAYS}, at most
 * {@value #MAX_DAYS}, ten years). Administrators change it; the change is audited.
 */
@Entity
@Table(name = "retention_setting")
public class RetentionSetting {

    public static final int MIN_DAYS = 30;
    public static final int MAX_DAYS = 3650;
    public static final String SUBJECT_TYPE = "RETENTION";

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private DataCategory category;

    @Column(nullable = false)
    private int days;

    @Column(name = "changed_by", length = 60)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected RetentionSetting() {
        // for the persistence provider only
    }

    /** The category's default period, as seeded. */
    public static RetentionSetting defaultFor(DataCategory category) {
        RetentionSetting setting = new RetentionSetting();
        setting.category = Objects.requireNonNull(category);
        setting.days = RetentionRule.defaultDays(category);
        return setting;
    }

    /** A new period; breaks {@code rule.retention.days} outside {@value #MIN_DAYS}–{@value #MAX_DAYS}. */
    public Change change(int newDays, String by, Instant at) {
        int before = days;
        days = checkDays(newDays);
        changedBy = Objects.requireNonNull(by, "by");
        changedAt = Objects.requireNonNull(at, "at");
        return Change.of(SUBJECT_TYPE, "retention/" + category, "changeRetention", before, days, by, at, null);
    }

    public static int checkDays(int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new DomainException("rule.retention.days", MIN_DAYS, MAX_DAYS);
        }
        return days;
    }

    public DataCategory category() {
        return category;
    }

    public int days() {
        return days;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
