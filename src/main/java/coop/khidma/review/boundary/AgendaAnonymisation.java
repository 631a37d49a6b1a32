package coop.khidma.review.boundary;

import coop.khidma.platform.persistence.NativeSql;
import coop.khidma.platform.personaldata.Anonymisable;
import coop.khidma.platform.personaldata.Anonymised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * The committee's reasons (Arabic and English), an early decision's exception reason and the reasons its clock was
 * stopped (which may tell about the member) anonymised with the requests they decided; the board's decision reference is the board's, and stays.
 */
@ApplicationScoped
public class AgendaAnonymisation implements Anonymisable {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void ofRequests(List<Long> requestIds, Instant at) {
        NativeSql.update(em, "UPDATE agenda_item SET reason_ar = IF(reason_ar IS NULL, NULL, ?1), "
                + "reason_en = IF(reason_en IS NULL, NULL, ?1), "
                + "floor_override_reason = IF(floor_override_reason IS NULL, NULL, ?1), version = version + 1 "
                + "WHERE request_id IN ("
                + NativeSql.numbers(requestIds) + ")", Anonymised.TEXT);
        // the reasons the committee's clock was stopped (often about the member: "travelling", "in hospital")
        NativeSql.update(em, "UPDATE agenda_pause SET reason = ?1 WHERE agenda_item_id IN (SELECT id FROM agenda_item "
                + "WHERE request_id IN (" + NativeSql.numbers(requestIds) + "))", Anonymised.TEXT);
    }
}
