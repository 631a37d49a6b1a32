package coop.khidma.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Native statements with positional parameters ({@code ?1}, {@code ?2} …) in the caller's transaction, for the few
 * bulk statements JPQL cannot say (a component anonymising its own rows). An {@link Instant} is bound as the UTC
 * {@code DATETIME} that {@link UtcInstants} stores.
 */
public final class NativeSql {

    private static final UtcInstants UTC = new UtcInstants();

    private NativeSql() {
    }

    /** Runs an {@code UPDATE} or {@code DELETE}; the number of rows it changed. */
    public static int update(EntityManager em, String sql, Object... parameters) {
        return query(em, sql, parameters).executeUpdate();
    }

    /** The ids a {@code SELECT id …} finds (under its {@code FOR UPDATE}, if it says so). */
    public static List<Long> ids(EntityManager em, String sql, Object... parameters) {
        return ((List<?>) query(em, sql, parameters).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /** The texts a {@code SELECT text …} finds, {@code null}s left out. */
    public static List<String> strings(EntityManager em, String sql, Object... parameters) {
        return ((List<?>) query(em, sql, parameters).getResultList()).stream()
                .flatMap(row -> row instanceof Object[] columns ? java.util.Arrays.stream(columns)
                        : java.util.stream.Stream.of(row))
                .filter(java.util.Objects::nonNull).map(Object::toString).toList();
    }

    /** The rows a {@code SELECT …} of several columns finds. */
    public static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
        return ((List<?>) query(em, sql, parameters).getResultList()).stream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[]{row}).toList();
    }

    /** The number a {@code SELECT COUNT(*) …} answers. */
    public static long count(EntityManager em, String sql, Object... parameters) {
        return ((Number) query(em, sql, parameters).getSingleResult()).longValue();
    }

    /** Ids as the inside of an {@code IN (…)}: numbers only, so nothing typed can reach the statement. */
    public static String numbers(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Query query(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            query.setParameter(i + 1, parameter instanceof Instant instant ? UTC.convertToDatabaseColumn(instant)
                    : parameter);
        }
        return query;
    }
}
