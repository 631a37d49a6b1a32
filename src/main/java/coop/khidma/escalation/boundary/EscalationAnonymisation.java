package coop.khidma.escalation.boundary;

import coop.khidma.platform.persistence.NativeSql;
import coop.khidma.platform.personaldata.Anonymisable;
import coop.khidma.platform.personaldata.Anonymised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** The referrals' texts (the reason and the answer) anonymised with the requests they belong to. */
@ApplicationScoped
public class EscalationAnonymisation implements Anonymisable {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void ofRequests(List<Long> requestIds, Instant at) {
        NativeSql.update(em, "UPDATE escalation SET reason = ?1, answer = IF(answer IS NULL, NULL, ?1), "
                + "version = version + 1 WHERE request_id IN (" + NativeSql.numbers(requestIds) + ")", Anonymised.TEXT);
    }
}
