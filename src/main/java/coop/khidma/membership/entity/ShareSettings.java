package coop.khidma.membership.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * The nominal value of one share, in Saudi riyals, as the association's bylaws set it; an administrator enters it
 * (until then {@value #DEFAULT_TEXT} riyals, the value the register starts with). The capital is the shares times this
 * value. One row.
 */
@Entity
@Table(name = "share_settings")
public class ShareSettings {

    public static final long ID = 1L;
    static final String DEFAULT_TEXT = "100.00";
    /** The nominal value until an administrator enters the bylaws' own. */
    public static final BigDecimal DEFAULT_NOMINAL_VALUE = new BigDecimal(DEFAULT_TEXT);
    public static final BigDecimal MAX = new BigDecimal("1000000.00");
    public static final String SUBJECT_TYPE = "SHARE_SETTINGS";

    @Id
    private Long id;

    @Column(name = "nominal_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal nominalValue;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ShareSettings() {
        // for the persistence provider only
    }

    /** The settings as the register starts: the default nominal value, never edited. */
    public static ShareSettings initial() {
        ShareSettings settings = new ShareSettings();
        settings.id = ID;
        settings.nominalValue = DEFAULT_NOMINAL_VALUE;
        return settings;
    }

    /** An administrator's new nominal value (as {@link #parse} reads it); returns the audit fact. */
    public Change revalue(BigDecimal value, String by, Instant at) {
        BigDecimal checked = check(value);
        BigDecimal before = nominalValue;
        nominalValue = checked;
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(at);
        return Change.of(SUBJECT_TYPE, "nominal value", "revalue", before.toPlainString(), checked.toPlainString(),
                by, at, null);
    }

    /**
     * A value as typed: Western or Arabic-Indic digits, a point or the Arabic decimal separator (٫), at most two
     * decimals, more than 0 and at most 1 000 000; breaks {@code rule.share.nominalValue}.
     */
    public static BigDecimal parse(String typed) {
        String text = typed == null ? "" : Digits.toAscii(typed).strip().replace('٫', '.');
        if (!text.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            throw new DomainException("rule.share.nominalValue", MAX.toPlainString());
        }
        return check(new BigDecimal(text));
    }

    private static BigDecimal check(BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new DomainException("rule.share.nominalValue", MAX.toPlainString());
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The capital {@code shares} make at this nominal value. */
    public BigDecimal capital(long shares) {
        return nominalValue.multiply(BigDecimal.valueOf(shares));
    }

    public BigDecimal nominalValue() {
        return nominalValue;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
