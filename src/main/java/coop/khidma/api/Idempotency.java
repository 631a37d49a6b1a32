package coop.khidma.api;

import coop.khidma.api.control.Fingerprint;
import coop.khidma.api.entity.IdempotentResponse;
import coop.khidma.platform.i18n.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Makes a website POST that carries an {@code Idempotency-Key} happen once: the first attempt runs the submission and
 * stores its answer in the same transaction; a retry with the same key and the same request gets the stored answer,
 * and never files a second request. The same key with another request breaks {@code rule.api.idempotencyKeyReused};
 * a retry that arrives while the first attempt is still being filed breaks {@code rule.api.idempotencyKeyInUse}.
 */
@Stateless
@PermitAll
public class Idempotency {

    /** A POST's answer as sent: status, the Location path below the API's base (or null), and the JSON body. */
    public record Answer(int status, String location, String body, boolean replayed) {
    }

    public static final int DEFAULT_RETENTION_HOURS = 24;
    static final Duration RETENTION = Duration.ofHours(retentionHours(System.getenv("KHIDMA_API_IDEMPOTENCY_HOURS")));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Forgets the answers older than the retention ({@code KHIDMA_API_IDEMPOTENCY_HOURS}, default
     * {@value #DEFAULT_RETENTION_HOURS} hours): a retry later than that is a new submission. Run by the deadline
     * scheduler once a minute on one node; returns how many were forgotten.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetExpired() {
        return em.createQuery("DELETE FROM IdempotentResponse r WHERE r.createdAt < :cutoff")
                .setParameter("cutoff", clock.instant().minus(RETENTION)).executeUpdate();
    }

    /**
     * The submission once per client and key: a key belongs to the client that sent it (its address, see
     * {@link coop.khidma.api.control.ClientAddress}), so another client's same key neither replays this client's
     * answer nor blocks it.
     */
    public Answer once(String client, String key, String fingerprint, Supplier<Answer> submission) {
        key = Fingerprint.client(client) + ":" + key;
        IdempotentResponse first = em.find(IdempotentResponse.class, key);
        if (first != null) {
            if (!first.answers(fingerprint)) {
                throw new DomainException("rule.api.idempotencyKeyReused");
            }
            return new Answer(first.status(), first.location(), first.body(), true);
        }
        Answer answer = submission.get();
        try {
            em.persist(new IdempotentResponse(key, fingerprint, answer.status(), answer.location(), answer.body(),
                    clock.instant()));
            em.flush(); // a concurrent first attempt with the same key fails here, and its submission rolls back
        } catch (PersistenceException failure) {
            if (!sameKeyMeanwhile(failure)) {
                throw failure; // the database gone mid-flush, say: answered as what it is (503), not as a key in use
            }
            throw new DomainException("rule.api.idempotencyKeyInUse");
        }
        return answer;
    }

    /**
     * Whether a flush failed because another attempt stored the same key first: a duplicate key (SQL state 23000),
     * and nothing else.
     */
    static boolean sameKeyMeanwhile(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLException sql && "23000".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The configured retention in hours, at least one; the default when unset or unreadable. */
    static int retentionHours(String configured) {
        try {
            return configured == null || configured.isBlank() ? DEFAULT_RETENTION_HOURS
                    : Math.max(1, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException unreadable) {
            return DEFAULT_RETENTION_HOURS;
        }
    }
}
