package coop.khidma.platform.kiosk;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The kiosk's settings (one row, id 1): the idle time after which a kiosk gives itself back to the next visitor. When
 * an administrator has not set it, the environment's {@code KHIDMA_KIOSK_IDLE_SECONDS} (or 90 seconds) applies.
 */
@Entity
@Table(name = "kiosk_settings")
public class KioskSettings {

    public static final long SINGLETON = 1L;
    public static final int DEFAULT_IDLE_SECONDS = 90;
    public static final int MIN_IDLE_SECONDS = 10;
    public static final int MAX_IDLE_SECONDS = 3600;
    public static final String ENVIRONMENT = "KHIDMA_KIOSK_IDLE_SECONDS";

    @Id
    private Long id;

    @Column(name = "idle_seconds")
    private Integer idleSeconds;

    @Column(name = "changed_by", length = 60)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected KioskSettings() {
        // for the persistence provider only
    }

    /**
     * An administrator sets the idle time, or clears it ({@code null}) to go back to the environment's default.
     * Breaks {@code rule.kiosk.idle} outside {@value #MIN_IDLE_SECONDS}–{@value #MAX_IDLE_SECONDS} seconds.
     */
    public Change changeIdleSeconds(Integer seconds, String by, Instant at) {
        if (seconds != null && (seconds < MIN_IDLE_SECONDS || seconds > MAX_IDLE_SECONDS)) {
            throw new DomainException("rule.kiosk.idle", MIN_IDLE_SECONDS, MAX_IDLE_SECONDS);
        }
        Integer before = idleSeconds;
        idleSeconds = seconds;
        changedBy = by;
        changedAt = at;
        return Change.of("SETTINGS", "kiosk", "changeIdleSeconds", before, seconds, by, at, null);
    }

    /** The administrator's value, if set. */
    public OptionalInt idleSeconds() {
        return idleSeconds == null ? OptionalInt.empty() : OptionalInt.of(idleSeconds);
    }

    /** What a kiosk uses: the administrator's value, else the environment's, else {@value #DEFAULT_IDLE_SECONDS}. */
    public int effectiveIdleSeconds(Map<String, String> environment) {
        return idleSeconds == null ? environmentIdleSeconds(environment) : idleSeconds;
    }

    /** {@code KHIDMA_KIOSK_IDLE_SECONDS} (at least 5), or {@value #DEFAULT_IDLE_SECONDS} when unset or unreadable. */
    public static int environmentIdleSeconds(Map<String, String> environment) {
        String configured = environment.get(ENVIRONMENT);
        try {
            return configured == null ? DEFAULT_IDLE_SECONDS : Math.max(5, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_SECONDS;
        }
    }

    public long version() {
        return version;
    }

    /** For tests and the first row: nothing set. */
    static KioskSettings unset() {
        KioskSettings settings = new KioskSettings();
        settings.id = SINGLETON;
        return settings;
    }
}
