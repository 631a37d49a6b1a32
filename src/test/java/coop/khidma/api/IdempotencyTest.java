package coop.khidma.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the website's idempotency answers are kept (configured in hours, never less than one), and which failure
 * of storing an answer means that another attempt with the same key came first.
 */
class IdempotencyTest {

    @Test
    void theRetentionIsTheConfiguredHoursOrTheDefault() {
        assertThat(Idempotency.retentionHours(null)).isEqualTo(Idempotency.DEFAULT_RETENTION_HOURS);
        assertThat(Idempotency.retentionHours(" ")).isEqualTo(24);
        assertThat(Idempotency.retentionHours("48")).isEqualTo(48);
        assertThat(Idempotency.retentionHours("0")).isEqualTo(1);
        assertThat(Idempotency.retentionHours("a day")).isEqualTo(24);
    }

    @Test
    void onlyADuplicateKeyMeansTheSameKeyCameFirst() {
        assertThat(Idempotency.sameKeyMeanwhile(new jakarta.persistence.PersistenceException(new RuntimeException(
                new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry 'a:b' for key 'PRIMARY'",
                        "23000", 1062))))).isTrue();
        assertThat(Idempotency.sameKeyMeanwhile(new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("Duplicate entry", "23000", 1062)))).as("by its SQL state").isTrue();
        assertThat(Idempotency.sameKeyMeanwhile(new jakarta.persistence.PersistenceException(new RuntimeException(
                new java.sql.SQLNonTransientConnectionException("Socket error", "08000")))))
                .as("the database gone while the answer was stored").isFalse();
        assertThat(Idempotency.sameKeyMeanwhile(new jakarta.persistence.PersistenceException("no cause"))).isFalse();
    }
}
