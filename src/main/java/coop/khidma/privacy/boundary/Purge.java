package coop.khidma.privacy.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.personaldata.Anonymisation;
import coop.khidma.platform.personaldata.DataCategory;
import coop.khidma.privacy.control.RetentionRule;
import coop.khidma.privacy.entity.RetentionSetting;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * One purge, in the caller's transaction: for each {@link DataCategory}, what is past its retention as of the given
 * instant is anonymised (or, for the API's idempotency keys, deleted) by the component that keeps it ({@link
 * Anonymisation}), and one audit entry per category says how many records and up to which date — never whose; then the
 * audit trail's details about the records anonymised are redacted (one redaction entry; the chain still verifies).
 * Running it again as of the same instant changes nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Purge {

    @PersistenceContext
    EntityManager em;

    @Inject
    Anonymisation anonymisation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The schedule as stored (a category without a row keeps its default). */
    public RetentionRule rule() {
        Map<DataCategory, Integer> days = new EnumMap<>(DataCategory.class);
        em.createQuery("SELECT s FROM RetentionSetting s", RetentionSetting.class).getResultList()
                .forEach(setting -> days.put(setting.category(), setting.days()));
        return new RetentionRule(days);
    }

    /** Purges as of {@code asOf}; {@code actor} is {@code system} for the daily job or the admin who asked. */
    public Map<DataCategory, Integer> run(Instant asOf, String actor) {
        RetentionRule rule = rule();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<DataCategory, Integer> counts = new EnumMap<>(DataCategory.class);
        for (DataCategory category : DataCategory.values()) {
            Instant cutoff = rule.cutoff(category, asOf);
            int count = anonymisation.pastRetention(category, cutoff, now);
            counts.put(category, count);
            audit.record(Change.of(RetentionSetting.SUBJECT_TYPE, "retention/" + category, "purge", null, null,
                    actor, now, count + " record(s) past " + rule.days(category) + " days, closed before "
                            + cutoff + " (as of " + asOf + ")"));
        }
        audit.redact("retention", anonymisation.anonymisedRecords(now), null, actor, now);
        return counts;
    }
}
