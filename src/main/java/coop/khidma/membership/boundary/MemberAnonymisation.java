package coop.khidma.membership.boundary;

import coop.khidma.platform.persistence.NativeSql;
import coop.khidma.platform.personaldata.Anonymisable;
import coop.khidma.platform.personaldata.Anonymised;
import coop.khidma.platform.personaldata.RecordCount;
import coop.khidma.platform.personaldata.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The member register on erasure: a person who is no longer a member (an applicant or withdrawn) is anonymised (the
 * free text of their history too), the membership number stays; a current member is kept, so erasure is refused while they are one.
 */
@ApplicationScoped
public class MemberAnonymisation implements Anonymisable {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    /** Members that are no longer members (applicants or withdrawn) with this national ID; the number stays. */
    @Override
    public Optional<RecordCount> erase(Subject subject, Instant at) {
        NativeSql.update(em, "UPDATE member_history SET detail = NULL WHERE detail IS NOT NULL AND member_id IN "
                        + "(SELECT id FROM member WHERE (national_id = ?1 OR mobile = ?2) "
                        + "AND status IN ('APPLICANT', 'WITHDRAWN') AND anonymised_at IS NULL)",
                subject.nationalIdOrNone(), subject.mobileOrNone());
        return Optional.of(new RecordCount("members", NativeSql.update(em, "UPDATE member SET national_id = "
                        + "CONCAT(?1, LPAD(id, 9, '0')), name_ar = ?2, name_latin = ?3, mobile = ?4, email = NULL, "
                        + "status_reason = IF(status_reason IS NULL, NULL, ?2), anonymised_at = ?5, "
                        + "version = version + 1 WHERE national_id = ?6 "
                        + "AND status IN ('APPLICANT', 'WITHDRAWN') AND anonymised_at IS NULL",
                Anonymised.ID_PREFIX, Anonymised.TEXT, Anonymised.LATIN, Anonymised.MOBILE, at,
                subject.nationalIdOrNone())));
    }

    /** The names in the register for the person's national ID. */
    @Override
    public List<String> names(Subject subject) {
        return NativeSql.strings(em, "SELECT name_ar, name_latin FROM member WHERE national_id = ?1",
                subject.nationalIdOrNone());
    }

    /** The members anonymised at {@code at}, as the audit trail names them (number, or {@code member 7}). */
    @Override
    public List<String> anonymisedRecords(Instant at) {
        return NativeSql.strings(em, "SELECT COALESCE(membership_number, CONCAT('member ', id)) FROM member "
                + "WHERE anonymised_at = ?1", at);
    }

    /** Whether the person is a current member (active or suspended): the register keeps them while they are. */
    @Override
    public boolean mustKeep(Subject subject) {
        return NativeSql.count(em, "SELECT COUNT(*) FROM member WHERE national_id = ?1 "
                + "AND status IN ('ACTIVE', 'SUSPENDED')", subject.nationalIdOrNone()) > 0;
    }
}
