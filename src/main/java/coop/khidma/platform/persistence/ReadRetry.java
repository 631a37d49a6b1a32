package coop.khidma.platform.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * How EclipseLink retries a read that met a lost connection outside a transaction: once, after half a second, on a
 * fresh connection from the pool (which has meanwhile flushed its dead ones). Its default — three tries five seconds
 * apart — held every website request ten seconds before its 503 while the database was away (DatabaseOutageIT, see
 * src/bench/RESULTS.md "Faults"); one quick retry still hides a single stale connection after the database returns.
 */
public class ReadRetry implements SessionCustomizer {

    static final int ATTEMPTS = 1;
    static final int DELAY_MILLIS = 500;

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(ATTEMPTS);
        session.getLogin().setDelayBetweenConnectionAttempts(DELAY_MILLIS);
    }
}
