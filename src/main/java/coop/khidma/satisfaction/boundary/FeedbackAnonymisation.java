package coop.khidma.satisfaction.boundary;

import coop.khidma.platform.persistence.NativeSql;
import coop.khidma.platform.personaldata.Anonymisable;
import coop.khidma.platform.personaldata.Anonymised;
import coop.khidma.platform.personaldata.DataCategory;
import coop.khidma.platform.personaldata.Mentions;
import coop.khidma.platform.personaldata.RecordCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The free texts of feedback, which no person can be found by (a rating carries no member, a suggestion no author):
 * <ul>
 *     <li>on erasure, every rating comment, suggestion (its words, the summaries and answers) and improvement item
 *     (problem, root cause, action) that names the person ({@link Mentions}: a name held for them, their national ID
 *     or mobile) has all its texts anonymised — the score, service, dates, status and owner stay;</li>
 *     <li>past the {@link DataCategory#FEEDBACK_TEXTS} period, ratings' comments (from the day rated) and the words of
 *     suggestions decided (from the decision) are anonymised, whoever they name: the association's own summaries and
 *     answers ("you said, we did") stay.</li>
 * </ul>
 */
@ApplicationScoped
public class FeedbackAnonymisation implements Anonymisable {

    /** Each table with its free-text columns and how the audit trail names its rows. */
    private static final List<Texts> TEXTS = List.of(
            new Texts("rating", List.of("comment"), null, false),
            new Texts("suggestion", List.of("text", "summary_ar", "summary_en", "answer_ar", "answer_en"),
                    "suggestion/", true),
            new Texts("improvement_item", List.of("problem", "root_cause", "action"), "improvement/", true));

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 65;
    }

    @Override
    public int pastRetention(DataCategory category, Instant cutoff, Instant at) {
        if (category != DataCategory.FEEDBACK_TEXTS) {
            return 0;
        }
        LocalDate day = LocalDate.ofInstant(cutoff, java.time.ZoneOffset.UTC);
        int comments = NativeSql.update(em, "UPDATE rating SET comment = ?1, anonymised_at = ?2 WHERE comment IS NOT "
                + "NULL AND anonymised_at IS NULL AND rated_on < ?3", Anonymised.TEXT, at, day);
        int suggestions = Anonymisable.rows(em, "suggestion", "text = ?1", "status IN ('ADOPTED', 'DECLINED') "
                + "AND decided_at < ?4", cutoff, at);
        return comments + suggestions;
    }

    @Override
    public Optional<RecordCount> eraseMentions(Mentions mentions, Instant at) {
        if (mentions.isEmpty()) {
            return Optional.of(new RecordCount("texts naming the person", 0));
        }
        int count = 0;
        for (Texts texts : TEXTS) {
            count += texts.erase(em, mentions, at);
        }
        return Optional.of(new RecordCount("texts naming the person", count));
    }

    @Override
    public List<String> anonymisedRecords(Instant at) {
        List<String> records = new ArrayList<>();
        for (Texts texts : TEXTS) {
            if (texts.auditPrefix() != null) {
                records.addAll(NativeSql.strings(em, "SELECT CONCAT(?1, id) FROM " + texts.table()
                        + " WHERE anonymised_at = ?2", texts.auditPrefix(), at));
            }
        }
        return records;
    }

    /** One table's free texts. */
    private record Texts(String table, List<String> columns, String auditPrefix, boolean versioned) {

        /** Its rows whose texts name the person (chosen in the database by fragments, decided here), anonymised. */
        int erase(EntityManager em, Mentions mentions, Instant at) {
            List<String> likes = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            for (String fragment : mentions.fragments()) {
                for (String column : columns) {
                    parameters.add("%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                    likes.add(column + " LIKE ?" + parameters.size());
                }
            }
            List<Long> naming = new ArrayList<>();
            for (Object[] row : NativeSql.rows(em, "SELECT id, " + String.join(", ", columns) + " FROM " + table
                    + " WHERE anonymised_at IS NULL AND (" + String.join(" OR ", likes) + ") FOR UPDATE",
                    parameters.toArray())) {
                for (int i = 1; i < row.length; i++) {
                    if (row[i] != null && mentions.in(row[i].toString())) {
                        naming.add(((Number) row[0]).longValue());
                        break;
                    }
                }
            }
            if (naming.isEmpty()) {
                return 0;
            }
            String set = columns.stream().map(column -> column + " = IF(" + column + " IS NULL, NULL, ?1)")
                    .collect(Collectors.joining(", "));
            return NativeSql.update(em, "UPDATE " + table + " SET " + set + ", anonymised_at = ?2"
                    + (versioned ? ", version = version + 1" : "") + " WHERE id IN (" + NativeSql.numbers(naming)
                    + ")", Anonymised.TEXT, at);
        }
    }
}
