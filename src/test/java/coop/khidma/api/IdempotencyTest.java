package coop.khidma.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long the website's idempotency answers are kept: configured in hours, never less than one. */
class IdempotencyTest {

    @Test
    void theRetentionIsTheConfiguredHoursOrTheDefault() {
        assertThat(Idempotency.retentionHours(null)).isEqualTo(Idempotency.DEFAULT_RETENTION_HOURS);
        assertThat(Idempotency.retentionHours(" ")).isEqualTo(24);
        assertThat(Idempotency.retentionHours("48")).isEqualTo(48);
        assertThat(Idempotency.retentionHours("0")).isEqualTo(1);
        assertThat(Idempotency.retentionHours("a day")).isEqualTo(24);
    }
}
