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
 * Messages in every state, anonymised (recipient and text) past retention, with their request, or on erasure. On
 * erasure a message still waiting is given up at once (anonymised and failed with {@link #WITHDRAWN}) — a letter
 * waiting to be printed always, since nobody knows when it would be — except an SMS or e-mail about the request the
 * erasure answers (its confirmation): it is delivered first and anonymised as soon as it is sent ({@link #sent}), an
 * SMS's letter texts at once, since the SMS never carries them. One still waiting when its retention has passed is
 * given up and anonymised with the rest.
 */
@ApplicationScoped
public class MessageAnonymisation implements Anonymisable {

    private static final String RECIPIENT_AND_TEXT = "recipient_mobile = NULL, recipient_email = NULL, filed_from = NULL, "
            + "subject_ar = ?1, body_ar = ?1, subject_en = ?1, body_en = ?1";
    private static final String MESSAGE = RECIPIENT_AND_TEXT + ", last_error = NULL";

    /** Why a waiting message was given up on erasure (no personal data). */
    static final String WITHDRAWN = "withdrawn: the person's data was erased";
    /** Why a message still waiting past its retention was given up. */
    static final String EXPIRED = "given up: still waiting when its retention period ended";

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 70;
    }

    @Override
    public int pastRetention(DataCategory category, Instant cutoff, Instant at) {
        if (category != DataCategory.OUTBOX_MESSAGES) {
            return 0;
        }
        int givenUp = giveUp("created_at < ?4", EXPIRED, at, cutoff);
        return givenUp + Anonymisable.rows(em, "message", MESSAGE, "state <> 'PENDING' AND created_at < ?4", cutoff,
                at);
    }

    /**
     * The person's messages in every state: by the bound mobile, and those about their requests just anonymised
     * (which {@link #ofRequests} marked); those still waiting are given up, but an SMS or e-mail answering the erasure.
     */
    @Override
    public Optional<RecordCount> erase(Subject subject, Instant at) {
        String theirs = "(recipient_mobile = ?4 OR request_reference IN (SELECT reference FROM service_request "
                + "WHERE anonymised_at = ?5))";
        int givenUp = giveUp("(request_reference <> ?6 OR channel = 'LETTER') AND " + theirs, WITHDRAWN, at,
                subject.mobileOrNone(), at, subject.verifiedOnOrNone());
        waiting("recipient_mobile = ?1", subject.mobileOrNone());
        return Optional.of(new RecordCount("messages", givenUp + Anonymisable.rows(em, "message", MESSAGE,
                "state <> 'PENDING' AND recipient_mobile = ?4", subject.mobileOrNone(), at)));
    }

    /**
     * Messages still waiting chosen by {@code where} (its parameters {@code ?4}, {@code ?5}…), anonymised and failed
     * with {@code why}: nothing is sent to nobody.
     */
    private int giveUp(String where, String why, Instant at, Object... parameters) {
        Object[] all = new Object[3 + parameters.length];
        all[0] = Anonymised.TEXT;
        all[1] = why;
        all[2] = at;
        System.arraycopy(parameters, 0, all, 3, parameters.length);
        return NativeSql.update(em, "UPDATE message SET " + RECIPIENT_AND_TEXT + ", state = 'FAILED', last_error = ?2, "
                + "erase_after_send = FALSE, anonymised_at = ?3, version = version + 1 WHERE state = 'PENDING' "
                + "AND anonymised_at IS NULL AND " + where, all);
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
