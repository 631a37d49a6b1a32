package coop.khidma.audit.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit trail viewer's filters, each optional: who (the actor's username), what (the kind of record, e.g.
 * {@code REQUEST}, {@code ACCOUNT}), the record's reference (a request reference also finds its items), and when
 * (from and to, both inclusive, as days in Riyadh).
 */
public record AuditQuery(String actor, String subjectType, String subject, LocalDate from, LocalDate to) {

    static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    public AuditQuery {
        actor = blankToNull(actor);
        subjectType = blankToNull(subjectType);
        subject = blankToNull(subject);
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }

    /** The JPQL condition and its parameters. */
    String where(Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (actor != null) {
            where.append(" AND a.actor = :actor");
            parameters.put("actor", actor);
        }
        if (subjectType != null) {
            where.append(" AND a.subjectType = :subjectType");
            parameters.put("subjectType", subjectType);
        }
        if (subject != null) {
            where.append(" AND (a.subject = :subject OR a.subject LIKE :items)");
            parameters.put("subject", subject);
            parameters.put("items", subject.replace("%", "").replace("_", "\\_") + "/%");
        }
        if (from != null) {
            where.append(" AND a.at >= :from");
            parameters.put("from", from.atStartOfDay(RIYADH).toInstant());
        }
        if (to != null) {
            where.append(" AND a.at < :to");
            parameters.put("to", to.plusDays(1).atStartOfDay(RIYADH).toInstant());
        }
        return where.toString();
    }

    <T> TypedQuery<T> query(EntityManager em, String select, String order, Class<T> type) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<T> query = em.createQuery(select + where(parameters) + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
