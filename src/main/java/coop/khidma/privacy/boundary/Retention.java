package coop.khidma.privacy.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.DataCategory;
import coop.khidma.platform.security.Roles;
import coop.khidma.privacy.control.RetentionRule;
import coop.khidma.privacy.entity.RetentionSetting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The retention schedule as administrators keep it: the period of each category of personal data, a change (typed
 * digits, Arabic-Indic welcome; refused from an out-of-date screen), and a purge run on demand besides the daily one.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Retention {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditLog audit;

    @Inject
    Purge purge;

    @Inject
    Clock clock;

    public List<RetentionRow> schedule() {
        return Arrays.stream(DataCategory.values()).map(this::setting).map(Retention::row).toList();
    }

    /** Breaks {@code rule.retention.days}; refused when the row changed since {@code version}. */
    public RetentionRow change(DataCategory category, String typedDays, long version) {
        int days;
        try {
            days = Integer.parseInt(Digits.toAscii(typedDays == null ? "" : typedDays).strip());
        } catch (NumberFormatException notANumber) {
            throw new DomainException("rule.retention.days", RetentionSetting.MIN_DAYS, RetentionSetting.MAX_DAYS);
        }
        RetentionSetting setting = setting(category);
        if (setting.version() != version) {
            throw new OptimisticLockException(category.name());
        }
        em.lock(setting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(setting.change(days, caller.getCallerPrincipal().getName(), clock.instant()));
        em.flush();
        return row(setting);
    }

    /** Purges now, or as of an earlier moment; breaks {@code rule.retention.ahead} for a moment still to come. */
    public Map<DataCategory, Integer> purge(Instant asOf) {
        return purge.run(RetentionRule.checkAsOf(asOf, clock), caller.getCallerPrincipal().getName());
    }

    /** The daily purge, now, on an administrator's demand. */
    public Map<DataCategory, Integer> purgeNow() {
        return purge(clock.instant());
    }

    private RetentionSetting setting(DataCategory category) {
        RetentionSetting setting = em.find(RetentionSetting.class, category);
        if (setting == null) {
            setting = RetentionSetting.defaultFor(category);
            em.persist(setting);
            em.flush();
        }
        return setting;
    }

    private static RetentionRow row(RetentionSetting setting) {
        return new RetentionRow(setting.category(), setting.days(), RetentionRule.defaultDays(setting.category()),
                setting.changedBy(), setting.changedAt(), setting.version());
    }
}
