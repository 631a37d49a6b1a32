package coop.khidma.correspondence.boundary;

import coop.khidma.platform.persistence.NativeSql;
import coop.khidma.platform.personaldata.Anonymisable;
import coop.khidma.platform.personaldata.DataCategory;
import coop.khidma.platform.personaldata.RecordCount;
import coop.khidma.platform.personaldata.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Messages sent or given up, anonymised (recipient and text) past retention, with their request, or on erasure; a
 * message still waiting is delivered first and anonymised by its own retention.
 */
@ApplicationScoped
public class MessageAnonymisation implements Anonymisable {

    private static final String MESSAGE = "recipient_mobile = NULL, recipient_email = NULL, subject_ar = ?1, "
            + "body_ar = ?1, subject_en = ?1, body_en = ?1, last_error = NULL";

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 70;
    }

    @Override
    public int pastRetention(DataCategory category, Instant cutoff, Instant at) {
        return category != DataCategory.OUTBOX_MESSAGES ? 0
                : Anonymisable.rows(em, "message", MESSAGE, "state <> 'PENDING' AND created_at < ?4", cutoff, at);
    }

    @Override
    public Optional<RecordCount> erase(Subject subject, Instant at) {
        return Optional.of(new RecordCount("messages", Anonymisable.rows(em, "message", MESSAGE,
                "state <> 'PENDING' AND recipient_mobile = ?4", subject.mobileOrNone(), at)));
    }

    @Override
    public void ofRequests(List<Long> requestIds, Instant at) {
        Anonymisable.rows(em, "message", MESSAGE, "state <> 'PENDING' AND request_reference IN "
                + "(SELECT reference FROM service_request WHERE id IN (" + NativeSql.numbers(requestIds) + "))",
                null, at);
    }
}
