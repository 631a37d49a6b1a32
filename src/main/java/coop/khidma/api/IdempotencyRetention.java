package coop.khidma.api;

import coop.khidma.platform.persistence.NativeSql;
import coop.khidma.platform.personaldata.Anonymisable;
import coop.khidma.platform.personaldata.DataCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * The website API's stored answers under the retention schedule: deleted past their period, they are a technical
 * safeguard against double filing only.
 */
@ApplicationScoped
public class IdempotencyRetention implements Anonymisable {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 80;
    }

    @Override
    public int pastRetention(DataCategory category, Instant cutoff, Instant at) {
        return category != DataCategory.IDEMPOTENCY_KEYS ? 0
                : NativeSql.update(em, "DELETE FROM api_idempotency WHERE created_at < ?1", cutoff);
    }
}
