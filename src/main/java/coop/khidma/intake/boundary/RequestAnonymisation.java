package coop.khidma.intake.boundary;

import coop.khidma.platform.persistence.NativeSql;
import coop.khidma.platform.personaldata.Anonymisable;
import coop.khidma.platform.personaldata.Anonymisation;
import coop.khidma.platform.personaldata.Anonymised;
import coop.khidma.platform.personaldata.DataCategory;
import coop.khidma.platform.personaldata.RecordCount;
import coop.khidma.platform.personaldata.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The requests' personal data, anonymised for the retention purge (closed requests, rejected applications) and for
 * erasure: the requester's and applicant's identity and contact, the texts, the checklist notes, and the papers scanned
 * with them (deleted); what hangs on a request in other components (referrals, the committee's reasons, messages) is
 * anonymised by them in between, through {@link Anonymisation#ofRequests}.
 */
@ApplicationScoped
public class RequestAnonymisation implements Anonymisable {

    static final List<String> CLOSED = List.of("RESOLVED", "COMPLETED", "WITHDRAWN");
    static final List<String> REJECTED = List.of("REJECTED");
    private static final String OPEN = "('SUBMITTED','IN_INTAKE','RETURNED','VERIFIED','WITH_COMMITTEE',"
            + "'BEING_SERVED','ACCEPTED')";

    /** The requests whose checklist records the national ID {@code ?2} as the identity staff checked. */
    private static final String IDENTIFIED = "(SELECT request_id FROM request_item WHERE item_code = 'MEMBER_IDENTITY' "
            + "AND note = ?2)";

    /** The requests filed by the person or about them ({@code ?1} mobile, {@code ?2} national ID, {@code ?3} reference). */
    private static final String OF_PERSON = "(r.requester_mobile = ?1 OR r.applicant_national_id = ?2 "
            + "OR m.national_id = ?2 OR r.id IN " + IDENTIFIED + " OR r.reference = ?3)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Anonymisation anonymisation;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int pastRetention(DataCategory category, Instant cutoff, Instant at) {
        return switch (category) {
            case CLOSED_REQUESTS -> requests(closedRequests(CLOSED, cutoff), at);
            case REJECTED_APPLICATIONS -> requests(closedRequests(REJECTED, cutoff), at);
            default -> 0;
        };
    }

    @Override
    public Optional<RecordCount> erase(Subject subject, Instant at) {
        return Optional.of(new RecordCount("requests", requests(requestsOf(subject), at)));
    }

    /** The names on the person's requests (requester, applicant in Arabic and Latin letters). */
    @Override
    public List<String> names(Subject subject) {
        return NativeSql.strings(em, "SELECT r.requester_name, r.applicant_name_ar, r.applicant_name_latin "
                        + "FROM service_request r LEFT JOIN member m ON m.id = r.member_id WHERE " + OF_PERSON,
                subject.mobileOrNone(), subject.nationalIdOrNone(), subject.verifiedOnOrNone());
    }

    /** The references of the requests anonymised at {@code at} (their items' entries go with them). */
    @Override
    public List<String> anonymisedRecords(Instant at) {
        return NativeSql.strings(em, "SELECT reference FROM service_request WHERE anonymised_at = ?1", at);
    }

    /** How many of the person's requests are still open (erasure waits for them). */
    @Override
    public long openRequests(Subject subject, String except) {
        return NativeSql.count(em, "SELECT COUNT(*) FROM service_request r LEFT JOIN member m "
                        + "ON m.id = r.member_id WHERE (r.requester_mobile = ?1 OR r.applicant_national_id = ?2 "
                        + "OR m.national_id = ?2 OR r.id IN " + IDENTIFIED + ") AND r.status IN " + OPEN
                        + " AND r.reference <> ?3",
                subject.mobileOrNone(), subject.nationalIdOrNone(), except);
    }

    /** Requests in one of {@code statuses} closed before {@code cutoff}, not yet anonymised. */
    private List<Long> closedRequests(List<String> statuses, Instant cutoff) {
        return NativeSql.ids(em, "SELECT id FROM service_request WHERE status IN (" + quoted(statuses) + ") "
                + "AND closed_at < ?1 AND anonymised_at IS NULL FOR UPDATE", cutoff);
    }

    /**
     * Every request filed by the person or about them (by the bound mobile, applicant ID, linked member or the identity
     * recorded on the checklist).
     */
    private List<Long> requestsOf(Subject subject) {
        return NativeSql.ids(em, "SELECT r.id FROM service_request r LEFT JOIN member m ON m.id = r.member_id "
                        + "WHERE " + OF_PERSON + " AND r.anonymised_at IS NULL FOR UPDATE",
                subject.mobileOrNone(), subject.nationalIdOrNone(), subject.verifiedOnOrNone());
    }

    /**
     * The requests, their checklist notes and the papers scanned with them (deleted), and in between what hangs on them
     * elsewhere (a message still waiting is delivered first and anonymised by its own retention).
     */
    private int requests(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        String in = NativeSql.numbers(ids);
        // scanned papers: nothing to keep
        NativeSql.update(em, "DELETE FROM request_attachment WHERE request_id IN (" + in + ")");
        NativeSql.update(em, "UPDATE request_item SET note = IF(note IS NULL, NULL, ?1), missing_reason = "
                + "IF(missing_reason IS NULL, NULL, ?1) WHERE request_id IN (" + in + ")", Anonymised.TEXT);
        anonymisation.ofRequests(ids, at);
        return NativeSql.update(em, "UPDATE service_request SET requester_name = ?1, requester_mobile = ?2, "
                        + "details = IF(details IS NULL, NULL, ?1), outcome = IF(outcome IS NULL, NULL, ?1), "
                        + "applicant_national_id = IF(applicant_national_id IS NULL, NULL, CONCAT(?3, LPAD(id, 9, '0'))), "
                        + "applicant_name_ar = IF(applicant_name_ar IS NULL, NULL, ?1), "
                        + "applicant_name_latin = IF(applicant_name_latin IS NULL, NULL, ?4), applicant_email = NULL, "
                        + "anonymised_at = ?5, version = version + 1 WHERE id IN (" + in + ")",
                Anonymised.TEXT, Anonymised.MOBILE, Anonymised.ID_PREFIX, Anonymised.LATIN, at);
    }

    private static String quoted(List<String> codes) {
        return codes.stream().map(code -> {
            if (!code.matches("[A-Z_]+")) {
                throw new IllegalArgumentException("not a status code: " + code);
            }
            return "'" + code + "'";
        }).collect(Collectors.joining(","));
    }
}
