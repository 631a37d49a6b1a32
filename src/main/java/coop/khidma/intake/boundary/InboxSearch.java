package coop.khidma.intake.boundary;

import coop.khidma.intake.boundary.InboxQuery.Search;
import coop.khidma.intake.control.Urgency;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns an {@link InboxQuery} into JPQL: the filters (the due-day one against today) as bound parameters, a name compared with the diacritics taken
 * out of both sides (so «مُحَمَّد» finds «محمد» and the other way round), and the order the staff member chose with the
 * id as the tie-breaker so pages never overlap.
 */
final class InboxSearch {

    private static final String ROW = "SELECT NEW coop.khidma.intake.boundary.InboxRow(r.reference, r.typeCode, "
            + "r.channel, r.status, r.requester.name, r.submittedAt, r.dueOn) FROM ServiceRequest r";

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** {@code today} and {@code soonUntil} (Riyadh dates) place the due-day filter. */
    InboxSearch(InboxQuery query, LocalDate today, LocalDate soonUntil) {
        if (query.urgency() == Urgency.OVERDUE) {
            and("r.dueOn < :today", "today", today);
        } else if (query.urgency() == Urgency.DUE_SOON) {
            and("r.dueOn >= :today", "today", today);
            and("r.dueOn <= :soonUntil", "soonUntil", soonUntil);
        }
        if (!query.statuses().isEmpty()) {
            and("r.status IN :statuses", "statuses", query.statuses());
        }
        if (query.typeCode() != null) {
            and("r.typeCode = :type", "type", query.typeCode());
        }
        if (query.channel() != null) {
            and("r.channel = :channel", "channel", query.channel());
        }
        Search search = query.search();
        switch (search.kind()) {
            case REFERENCE -> and("r.reference LIKE :reference", "reference", search.value() + "%");
            case NATIONAL_ID -> and("r.applicant.nationalId.value = :nationalId", "nationalId", search.value());
            case MOBILE -> and("r.requester.mobile.value = :mobile", "mobile", search.value());
            case NAME -> and("(" + plain("r.requester.name") + " LIKE :name OR " + plain("r.applicant.nameArabic")
                    + " LIKE :name)", "name", "%" + search.value().replace("%", "").replace("_", "") + "%");
            case NONE -> {
            }
        }
    }

    TypedQuery<InboxRow> rows(EntityManager em, InboxQuery.Sort sort, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + column(sort) + direction + ", r.id" + direction;
        return bind(em.createQuery(ROW + where + order, InboxRow.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("SELECT COUNT(r) FROM ServiceRequest r" + where, Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private void and(String condition, String name, Object value) {
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(condition);
        parameters.put(name, value);
    }

    private static String column(InboxQuery.Sort sort) {
        return switch (sort == null ? InboxQuery.Sort.SUBMITTED : sort) {
            case SUBMITTED -> "r.submittedAt";
            case REFERENCE -> "r.reference";
            case STATUS -> "r.status";
            case TYPE -> "r.typeCode";
            case CHANNEL -> "r.channel";
            case REQUESTER -> "r.requester.name";
            case DUE -> "COALESCE(r.dueOn, {d '9999-12-31'})"; // nothing owed sorts after the latest due day
        };
    }

    /** The column with every diacritic replaced by nothing, in the database. */
    private static String plain(String path) {
        String expression = path;
        for (char mark : InboxQuery.DIACRITICS.toCharArray()) {
            expression = "FUNCTION('REPLACE', " + expression + ", '" + mark + "', '')";
        }
        return expression;
    }
}
