package coop.khidma.volunteering.boundary;

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

/** Volunteers' names, mobiles and decline reasons, anonymised once declined past retention, or on erasure. */
@ApplicationScoped
public class VolunteerAnonymisation implements Anonymisable {

    private static final String VOLUNTEER = "name = ?1, mobile = ?2, decline_reason = IF(decline_reason IS NULL, "
            + "NULL, ?1)";

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public int pastRetention(DataCategory category, Instant cutoff, Instant at) {
        return category != DataCategory.DECLINED_VOLUNTEERS ? 0
                : Anonymisable.rows(em, "volunteer", VOLUNTEER, "status = 'DECLINED' AND decided_at < ?4", cutoff, at);
    }

    @Override
    public List<String> names(Subject subject) {
        return NativeSql.strings(em, "SELECT name FROM volunteer WHERE mobile = ?1", subject.mobileOrNone());
    }

    @Override
    public List<String> anonymisedRecords(Instant at) {
        return NativeSql.strings(em, "SELECT CONCAT('volunteer/', id) FROM volunteer WHERE anonymised_at = ?1", at);
    }

    @Override
    public Optional<RecordCount> erase(Subject subject, Instant at) {
        return Optional.of(new RecordCount("volunteers",
                Anonymisable.rows(em, "volunteer", VOLUNTEER, "mobile = ?4", subject.mobileOrNone(), at)));
    }
}
