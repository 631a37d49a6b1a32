package coop.khidma.privacy.boundary;

import coop.khidma.privacy.control.Anonymised;
import coop.khidma.privacy.control.Subject;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Replaces the personal data of chosen rows with the {@link Anonymised} markers, in the caller's transaction: names,
 * national IDs, mobiles, e-mails and free text go; ids, references, types, channels, statuses, dates, cities and
 * shares stay, so every count and every statistic is the same afterwards. Rows are chosen under a row lock, each row
 * once ({@code anonymised_at} is set), and versions are raised so a screen open on a row is refused instead of
 * writing the data back. Used by the retention purge and by erasure; both audit the counts this returns.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Anonymisation {

    private static final String OPEN = "('SUBMITTED','IN_INTAKE','RETURNED','VERIFIED','WITH_COMMITTEE',"
            + "'BEING_SERVED','ACCEPTED')";

    private static final String VOLUNTEER = "name = ?1, mobile = ?2, decline_reason = IF(decline_reason IS NULL, "
            + "NULL, ?1)";
    private static final String CONTACT = "name = ?1, mobile = ?2, message = ?1";
    private static final String MESSAGE = "recipient_mobile = NULL, recipient_email = NULL, subject_ar = ?1, "
            + "body_ar = ?1, subject_en = ?1, body_en = ?1, last_error = NULL";

    @PersistenceContext
    EntityManager em;

    // ---- choosing rows ----------------------------------------------------------------------------------------

    /** Requests in one of {@code statuses} closed before {@code cutoff}, not yet anonymised. */
    public List<Long> closedRequests(List<String> statuses, Instant cutoff) {
        return ids("SELECT id FROM service_request WHERE status IN (" + quoted(statuses) + ") AND closed_at < ?1 "
                + "AND anonymised_at IS NULL FOR UPDATE", utc(cutoff));
    }

    /** Every request filed by the person or about them (by requester mobile, applicant ID or linked member). */
    public List<Long> requestsOf(Subject subject) {
        return ids("SELECT r.id FROM service_request r LEFT JOIN member m ON m.id = r.member_id "
                        + "WHERE (r.requester_mobile = ?1 OR r.applicant_national_id = ?2 OR m.national_id = ?2 "
                        + "OR m.mobile = ?1) AND r.anonymised_at IS NULL FOR UPDATE",
                subject.mobileOrNone(), subject.nationalIdOrNone());
    }

    /** How many of the person's requests are still open (erasure waits for them). */
    public long openRequestsOf(Subject subject, String except) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM service_request r LEFT JOIN member m "
                        + "ON m.id = r.member_id WHERE (r.requester_mobile = ?1 OR r.applicant_national_id = ?2 "
                        + "OR m.national_id = ?2 OR m.mobile = ?1) AND r.status IN " + OPEN + " AND r.reference <> ?3")
                .setParameter(1, subject.mobileOrNone()).setParameter(2, subject.nationalIdOrNone())
                .setParameter(3, except).getSingleResult()).longValue();
    }

    // ---- anonymising ------------------------------------------------------------------------------------------

    /**
     * The requests, their checklist notes, their referrals' texts, the committee's reasons, the messages already
     * sent for them and the papers scanned with them (deleted) (a message still waiting is delivered first and anonymised by its own retention).
     */
    public int requests(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        String in = numbers(ids);
        update("DELETE FROM request_attachment WHERE request_id IN (" + in + ")"); // scanned papers: nothing to keep
        update("UPDATE request_item SET note = IF(note IS NULL, NULL, ?1), missing_reason = IF(missing_reason IS NULL, "
                + "NULL, ?1) WHERE request_id IN (" + in + ")", Anonymised.TEXT);
        update("UPDATE escalation SET reason = ?1, answer = IF(answer IS NULL, NULL, ?1), version = version + 1 "
                + "WHERE request_id IN (" + in + ")", Anonymised.TEXT);
        update("UPDATE agenda_item SET reason_ar = IF(reason_ar IS NULL, NULL, ?1), reason_en = IF(reason_en IS NULL, "
                + "NULL, ?1), version = version + 1 WHERE request_id IN (" + in + ")", Anonymised.TEXT);
        anonymise("message", MESSAGE, "state <> 'PENDING' AND request_reference IN "
                + "(SELECT reference FROM service_request WHERE id IN (" + in + "))", null, at);
        return update("UPDATE service_request SET requester_name = ?1, requester_mobile = ?2, "
                        + "details = IF(details IS NULL, NULL, ?1), outcome = IF(outcome IS NULL, NULL, ?1), "
                        + "applicant_national_id = IF(applicant_national_id IS NULL, NULL, CONCAT(?3, LPAD(id, 9, '0'))), "
                        + "applicant_name_ar = IF(applicant_name_ar IS NULL, NULL, ?1), "
                        + "applicant_name_latin = IF(applicant_name_latin IS NULL, NULL, ?4), applicant_email = NULL, "
                        + "anonymised_at = ?5, version = version + 1 WHERE id IN (" + in + ")",
                Anonymised.TEXT, Anonymised.MOBILE, Anonymised.ID_PREFIX, Anonymised.LATIN, utc(at));
    }

    /** Members that are no longer members (applicants or withdrawn) with this ID or mobile; the number stays. */
    public int formerMembers(Subject subject, Instant at) {
        return update("UPDATE member SET national_id = CONCAT(?1, LPAD(id, 9, '0')), name_ar = ?2, name_latin = ?3, "
                        + "mobile = ?4, email = NULL, status_reason = IF(status_reason IS NULL, NULL, ?2), "
                        + "anonymised_at = ?5, version = version + 1 WHERE (national_id = ?6 OR mobile = ?7) "
                        + "AND status IN ('APPLICANT', 'WITHDRAWN') AND anonymised_at IS NULL",
                Anonymised.ID_PREFIX, Anonymised.TEXT, Anonymised.LATIN, Anonymised.MOBILE, utc(at),
                subject.nationalIdOrNone(), subject.mobileOrNone());
    }

    /** Whether the person is a current member (active or suspended): the register keeps them while they are. */
    public boolean isCurrentMember(Subject subject) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM member WHERE (national_id = ?1 OR mobile = ?2) "
                        + "AND status IN ('ACTIVE', 'SUSPENDED')").setParameter(1, subject.nationalIdOrNone())
                .setParameter(2, subject.mobileOrNone()).getSingleResult()).longValue() > 0;
    }

    public int declinedVolunteers(Instant cutoff, Instant at) {
        return anonymise("volunteer", VOLUNTEER, "status = 'DECLINED' AND decided_at < ?4", utc(cutoff), at);
    }

    public int volunteersOf(Subject subject, Instant at) {
        return anonymise("volunteer", VOLUNTEER, "mobile = ?4", subject.mobileOrNone(), at);
    }

    public int replyContacts(Instant cutoff, Instant at) {
        return anonymise("reply_request", CONTACT, "COALESCE(replied_at, requested_at) < ?4", utc(cutoff), at);
    }

    public int replyContactsOf(Subject subject, Instant at) {
        return anonymise("reply_request", CONTACT, "mobile = ?4", subject.mobileOrNone(), at);
    }

    /** Messages sent or given up (one still waiting is delivered first). */
    public int sentMessages(Instant cutoff, Instant at) {
        return anonymise("message", MESSAGE, "state <> 'PENDING' AND created_at < ?4", utc(cutoff), at);
    }

    public int messagesTo(Subject subject, Instant at) {
        return anonymise("message", MESSAGE, "state <> 'PENDING' AND recipient_mobile = ?4", subject.mobileOrNone(),
                at);
    }

    /**
     * One table's rows chosen by {@code where} (its parameter, if any, is {@code ?4}): {@code set} may use {@code ?1}
     * (the text marker) and {@code ?2} (the mobile marker); each row once, its version raised.
     */
    private int anonymise(String table, String set, String where, Object parameter, Instant at) {
        return update("UPDATE " + table + " SET " + set + ", anonymised_at = ?3, version = version + 1 "
                + "WHERE anonymised_at IS NULL AND " + where, Anonymised.TEXT, Anonymised.MOBILE, utc(at), parameter);
    }

    /** The website API's stored answers are deleted: they are a technical safeguard against double filing only. */
    public int idempotencyKeys(Instant cutoff) {
        return update("DELETE FROM api_idempotency WHERE created_at < ?1", utc(cutoff));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private List<Long> ids(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    private int update(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String numbers(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
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
