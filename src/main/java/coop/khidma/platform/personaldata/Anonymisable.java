package coop.khidma.platform.personaldata;

import coop.khidma.platform.persistence.NativeSql;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal data a component keeps in its own tables, anonymised there by the component itself for the retention purge
 * and for a data subject's erasure: names, national IDs, mobiles, e-mails and free text are replaced with the
 * {@link Anonymised} markers; ids, references, types, channels, statuses, dates, cities and shares stay, so every count
 * and every statistic is the same afterwards. Rows are chosen under a row lock where the component needs one, each row
 * once ({@code anonymised_at} is set), and versions are raised so a screen open on a row is refused instead of writing
 * the data back. Everything runs in the caller's transaction; {@link Anonymisation} calls every implementation there
 * is, in {@link #order()}. A method a component has nothing for keeps its default.
 */
public interface Anonymisable {

    /**
     * Its place among the others, lower first: erasure runs them and lists their counts in this order, and the rows
     * hanging on requests are anonymised in it (the requests 10, escalations 20, the agenda 30, members 40, volunteers
     * 50, reply contacts 60, messages 70, the website's stored answers 80).
     */
    int order();

    /**
     * Anonymises (or deletes, where nothing is worth keeping) its records of {@code category} closed before
     * {@code cutoff}, marked as anonymised at {@code at}; how many records of the category. 0 for a category it does
     * not keep.
     */
    default int pastRetention(DataCategory category, Instant cutoff, Instant at) {
        return 0;
    }

    /** Erasure: anonymises what it keeps about the person; how many records, or nothing when it finds none by person. */
    default Optional<RecordCount> erase(Subject subject, Instant at) {
        return Optional.empty();
    }

    /**
     * The names it holds for the person (as written, Arabic and Latin), read before anything is anonymised: erasure then
     * finds the texts that name them ({@link Mentions}). Nothing by default.
     */
    default List<String> names(Subject subject) {
        return List.of();
    }

    /**
     * Erasure: anonymises the free texts it keeps whose author is not the person but which name them ({@link
     * Mentions#in}); how many records, or nothing when it keeps no such texts.
     */
    default Optional<RecordCount> eraseMentions(Mentions mentions, Instant at) {
        return Optional.empty();
    }

    /**
     * The records it anonymised at {@code at} (by erasure or the purge), as the audit trail names them (a request's
     * reference, a membership number, {@code volunteer/7}…): their audit details are redacted next.
     */
    default List<String> anonymisedRecords(Instant at) {
        return List.of();
    }

    /** Its rows that hang on the requests {@code requestIds} being anonymised, before the requests themselves. */
    default void ofRequests(List<Long> requestIds, Instant at) {
    }

    /** Whether it must keep the person as they are (a current member of the register): erasure is refused then. */
    default boolean mustKeep(Subject subject) {
        return false;
    }

    /** How many of the person's requests are still open, leaving out {@code except}: erasure waits for them. */
    default long openRequests(Subject subject, String except) {
        return 0;
    }

    /**
     * Anonymises one table's rows chosen by {@code where} (its parameter, if any, is {@code ?4}): {@code set} may use
     * {@code ?1} (the text marker) and {@code ?2} (the mobile marker); each row once, its version raised.
     */
    static int rows(EntityManager em, String table, String set, String where, Object parameter, Instant at) {
        return NativeSql.update(em, "UPDATE " + table + " SET " + set + ", anonymised_at = ?3, version = version + 1 "
                + "WHERE anonymised_at IS NULL AND " + where, Anonymised.TEXT, Anonymised.MOBILE, at, parameter);
    }
}
