package coop.khidma.support;

import coop.khidma.intake.entity.Attachment;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.person.SaudiMobile;
import coop.khidma.satisfaction.entity.ReplyRequest;
import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Interest;
import coop.khidma.volunteering.entity.Skill;
import coop.khidma.volunteering.entity.Volunteer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Test-only: records of people at a chosen moment, made by the aggregates' own verbs, for the privacy tests. Dates far
 * in the past let a purge "as of" an early moment touch only what a test made, never another test's records in the
 * shared database.
 */
@Stateless
@PermitAll
public class PrivacyCases {

    static final String BY = "test-staff";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    coop.khidma.audit.boundary.AuditTrail auditTrail;

    /**
     * An inquiry filed at {@code filedAt}, with the scan of the member's ID kept with it, and answered at
     * {@code closedAt}: RESOLVED. Returns its reference.
     */
    public String answeredInquiry(String name, String mobile, String question, Instant filedAt, Instant closedAt) {
        ServiceRequest request = ServiceRequest.inquiry(em.find(RequestType.class, RequestType.INQUIRY),
                "PV-" + UUID.randomUUID().toString().substring(0, 12), new Requester(name, SaudiMobile.parse(mobile)),
                question, Channel.PHONE, BY, filedAt);
        Attachment scan = request.attach("id-" + name + ".pdf",
                "%PDF-1.4 scanned ID".getBytes(java.nio.charset.StandardCharsets.US_ASCII), BY, filedAt);
        request.startIntake(BY, filedAt);
        request.verifyItem("QUESTION", VerificationMethod.ORIGINAL_SEEN, BY, filedAt);
        request.completeIntake(BY, filedAt);
        request.startService(BY, filedAt);
        request.resolve("أجبنا عن السؤال هاتفيًا للسيد " + name, BY, closedAt);
        em.persist(request);
        em.persist(scan);
        return request.reference();
    }

    /** A volunteer who signed up and was declined at {@code at}. Returns its id. */
    public long declinedVolunteer(String name, String mobile, Instant at) {
        Volunteer volunteer = volunteer(name, mobile, at);
        volunteer.decline("لا توجد فرص تطوع مناسبة حاليًا", BY, at);
        return volunteer.id();
    }

    /** A volunteer waiting for review since {@code at}. Returns its id. */
    public long pendingVolunteer(String name, String mobile, Instant at) {
        return volunteer(name, mobile, at).id();
    }

    private Volunteer volunteer(String name, String mobile, Instant at) {
        Volunteer volunteer = Volunteer.signUp(name, SaudiMobile.parse(mobile), new Volunteer.Offer(
                        List.of(Skill.TRANSLATION), List.of(Interest.HERITAGE_SITES), List.of(DayOfWeek.SUNDAY),
                        List.of(DayPart.MORNING)), true, at);
        em.persist(volunteer);
        em.flush();
        return volunteer;
    }

    /** A contact a visitor left for a reply at {@code at}. Returns its id. */
    public long replyContact(String name, String mobile, Instant at) {
        ReplyRequest contact = new ReplyRequest(name, SaudiMobile.parse(mobile), "أرجو الرد على اقتراحي", null, at);
        em.persist(contact);
        em.flush();
        return contact.id();
    }

    /** One column of one row as stored now (for what no boundary shows, e.g. a volunteer's name). */
    public String stored(String table, String column, long id) {
        if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table + "." + column);
        }
        Object value = em.createNativeQuery("SELECT " + column + " FROM " + table + " WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        return value == null ? null : value.toString();
    }

    /** How many rows of a table stand in each value of a column (the statistics a purge must keep). */
    public List<?> countsBy(String table, String column) {
        if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table + "." + column);
        }
        return em.createNativeQuery("SELECT " + column + ", COUNT(*) FROM " + table + " GROUP BY " + column
                + " ORDER BY " + column).getResultList().stream().map(row -> List.of((Object[]) row)).toList();
    }

    /** An anonymous rating with a comment, given on {@code day}. Returns its id. */
    public long ratingWithComment(String comment, java.time.LocalDate day) {
        em.createNativeQuery("INSERT INTO rating (service, channel, score, comment, rated_on) "
                + "VALUES ('RECEPTION', 'KIOSK', 2, ?1, ?2)").setParameter(1, comment).setParameter(2, day)
                .executeUpdate();
        return lastId();
    }

    /** A suggestion received on {@code day}, decided (declined) at {@code decidedAt} when given. Returns its id. */
    public long suggestion(String text, java.time.LocalDate day, Instant decidedAt) {
        em.createNativeQuery("INSERT INTO suggestion (service, text, status, received_on, summary_ar, decided_by, "
                        + "decided_at) VALUES ('RECEPTION', ?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, text)
                .setParameter(2, decidedAt == null ? "RECEIVED" : "DECLINED").setParameter(3, day)
                .setParameter(4, decidedAt == null ? null : "ملخص الجمعية")
                .setParameter(5, decidedAt == null ? null : BY)
                .setParameter(6, decidedAt == null ? null : java.sql.Timestamp.from(decidedAt)).executeUpdate();
        return lastId();
    }

    /** An improvement item opened from a rating, its problem as written. Returns its id. */
    public long improvement(long ratingId, String problem) {
        em.createNativeQuery("INSERT INTO improvement_item (source, source_id, service, problem, root_cause, action, "
                + "owner_role, due_on, opened_by, opened_at) VALUES ('RATING', ?1, 'RECEPTION', ?2, 'ضغط العمل', "
                + "'تدريب الموظفين', 'SUPERVISOR', '2026-12-31', ?3, ?4)").setParameter(1, ratingId)
                .setParameter(2, problem).setParameter(3, BY)
                .setParameter(4, java.sql.Timestamp.from(Instant.parse("2026-11-01T08:00:00Z"))).executeUpdate();
        return lastId();
    }

    /** An SMS about request {@code reference} to {@code mobile}, written at {@code at}, in {@code state}. Its id. */
    public long message(String reference, String mobile, String state, Instant at) {
        em.createNativeQuery("INSERT INTO message (request_reference, recipient_mobile, channel, kind, subject_ar, "
                        + "body_ar, subject_en, body_en, created_at, state, attempts, last_error) VALUES (?1, ?2, 'SMS', "
                        + "'ACKNOWLEDGEMENT', 'استلام', 'استلمنا طلبك', 'Received', 'We received your request', ?3, ?4, "
                        + "1, ?5)").setParameter(1, reference).setParameter(2, SaudiMobile.parse(mobile).value())
                .setParameter(3, java.sql.Timestamp.from(at)).setParameter(4, state)
                .setParameter(5, state.equals("FAILED") ? "400 bad number" : null).executeUpdate();
        return lastId();
    }

    /** An audit entry about {@code subject} whose detail is {@code detail}, as entries were written before #14. */
    public void audited(String subject, String detail) {
        auditTrail.record(coop.khidma.audit.entity.Change.of("SUGGESTION", subject, "study", "RECEIVED", "STUDYING",
                BY, Instant.now(), detail));
    }

    private long lastId() {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    /**
     * Every text column of every table of the schema where one of {@code literals} is found as written, as
     * {@code table.column} (Flyway's own history left out): where personal data remains.
     */
    public List<String> whereFound(List<String> literals) {
        List<?> columns = em.createNativeQuery("SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text', "
                + "'mediumtext', 'longtext') AND table_name <> 'flyway_schema_history' ORDER BY 1, 2").getResultList();
        List<String> found = new java.util.ArrayList<>();
        for (Object row : columns) {
            Object[] column = (Object[]) row;
            for (String literal : literals) {
                Number hits = (Number) em.createNativeQuery("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `"
                        + column[1] + "` LIKE ?1").setParameter(1, "%" + literal + "%").getSingleResult();
                if (hits.longValue() > 0) {
                    found.add(column[0] + "." + column[1] + " holds " + literal.length() + " characters of it");
                }
            }
        }
        return found;
    }
}
