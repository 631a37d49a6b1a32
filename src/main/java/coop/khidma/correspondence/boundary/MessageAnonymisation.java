package coop.khidma.correspondence.boundary;

import coop.khidma.correspondence.entity.Message;
import coop.khidma.platform.persistence.NativeSql;
import coop.khidma.platform.personaldata.Anonymisable;
import coop.khidma.platform.personaldata.Anonymised;
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
 * message still waiting then is delivered first and anonymised as soon as it is sent ({@link #sent}); an SMS's letter
 * texts at once, since the SMS never carries them.
 */
@ApplicationScoped
public class MessageAnonymisation implements Anonymisable {

    private static final String MESSAGE = "recipient_mobile = NULL, recipient_email = NULL, subject_ar = ?1, "
            + "body_ar = ?1, subject_en = ?1, body_en = ?1, last_error = NULL, filed_from = NULL";

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
        waiting("recipient_mobile = ?1", subject.mobileOrNone());
        return Optional.of(new RecordCount("messages", Anonymisable.rows(em, "message", MESSAGE,
                "state <> 'PENDING' AND recipient_mobile = ?4", subject.mobileOrNone(), at)));
    }

    @Override
    public void ofRequests(List<Long> requestIds, Instant at) {
        String ofThem = "request_reference IN (SELECT reference FROM service_request WHERE id IN ("
                + NativeSql.numbers(requestIds) + "))";
        waiting(ofThem, null);
        Anonymisable.rows(em, "message", MESSAGE, "state <> 'PENDING' AND " + ofThem, null, at);
    }

    /**
     * A message that just went out while marked {@link Message#eraseAfterSend()}: anonymised now. The caller flushed it
     * and leaves it be (this changes its row beneath the persistence context).
     */
    public void sent(Message message, Instant at) {
        Anonymisable.rows(em, "message", MESSAGE, "id = ?4", message.id(), at);
    }

    /**
     * Messages still waiting for the person (chosen by {@code where}, its parameter {@code ?1}): marked to be
     * anonymised once sent; an SMS's letter texts go at once (the SMS says only fixed text, the reference and the date,
     * {@code SmsText}), its recipient stays until it is sent.
     */
    private void waiting(String where, Object parameter) {
        NativeSql.update(em, "UPDATE message SET erase_after_send = TRUE, version = version + 1, "
                + "body_ar = IF(channel = 'SMS', ?2, body_ar), body_en = IF(channel = 'SMS', ?2, body_en) "
                + "WHERE state = 'PENDING' AND anonymised_at IS NULL AND " + where, parameter, Anonymised.TEXT);
    }
}
