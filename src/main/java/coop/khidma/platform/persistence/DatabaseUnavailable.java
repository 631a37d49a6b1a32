package coop.khidma.platform.persistence;

import jakarta.ejb.EJBException;
import jakarta.resource.ResourceException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import javax.transaction.xa.XAException;

/**
 * Tells a failure caused by the database being away (stopped, restarting, unreachable, or the pool unable to give a
 * connection in time) from every other failure: the first is answered "try again in a moment" (the API with 503 and
 * {@code Retry-After}, the screens with a notification), the others as they always were. A broken rule, a conflict or a
 * bug is never mistaken for an outage: only connection failures count, by their JDBC type, their SQL state class
 * {@code 08} (connection exception), the pool's own refusal to allocate, or the transaction manager's report that the
 * database's connection failed under a transaction ({@link XAException}).
 */
public final class DatabaseUnavailable {

    /** How long a client is asked to wait before trying again ({@code Retry-After}). */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} (anywhere in its causes) says the database could not be reached. */
    public static boolean explains(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return explains(failure, seen);
    }

    private static boolean explains(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException || failure instanceof ResourceException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
            if (explains(sql.getNextException(), seen)) {
                return true;
            }
        }
        if (failure instanceof XAException) {
            // Khidma's only transactional resource is the database's local-transaction pool: the transaction manager
            // reports its connection failing at begin, commit or rollback ("Socket error") as an XAException under a
            // SystemException, often without the JDBC cause attached (DatabaseOutageIT met one at commit)
            return true;
        }
        if (failure instanceof EJBException ejb && explains(ejb.getCausedByException(), seen)) {
            return true;
        }
        return explains(failure.getCause(), seen);
    }
}
