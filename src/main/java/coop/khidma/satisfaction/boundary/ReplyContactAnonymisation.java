package coop.khidma.satisfaction.boundary;

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

/** The contacts left with a suggestion for a reply, anonymised past retention (from the reply, or the request) or on erasure. */
@ApplicationScoped
public class ReplyContactAnonymisation implements Anonymisable {

    private static final String CONTACT = "name = ?1, mobile = ?2, message = ?1";

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public int pastRetention(DataCategory category, Instant cutoff, Instant at) {
        return category != DataCategory.SUGGESTION_CONTACTS ? 0
                : Anonymisable.rows(em, "reply_request", CONTACT, "COALESCE(replied_at, requested_at) < ?4", cutoff, at);
    }

    @Override
    public List<String> names(Subject subject) {
        return NativeSql.strings(em, "SELECT name FROM reply_request WHERE mobile = ?1", subject.mobileOrNone());
    }

    @Override
    public List<String> anonymisedRecords(Instant at) {
        return NativeSql.strings(em, "SELECT CONCAT('reply/', id) FROM reply_request WHERE anonymised_at = ?1", at);
    }

    @Override
    public Optional<RecordCount> erase(Subject subject, Instant at) {
        return Optional.of(new RecordCount("reply contacts",
                Anonymisable.rows(em, "reply_request", CONTACT, "mobile = ?4", subject.mobileOrNone(), at)));
    }
}
