package coop.khidma.platform.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTimerTest {

    @Test
    void theDefaultIsSecondZeroOfEveryMinute() {
        assertThat(DeadlineTimer.intervalSeconds(null)).isEqualTo(60);
        assertThat(DeadlineTimer.intervalSeconds(" ")).isEqualTo(60);
        assertThat(DeadlineTimer.schedule(60).getSecond()).isEqualTo("0");
        assertThat(DeadlineTimer.schedule(60).getMinute()).isEqualTo("*");
    }

    @Test
    void aShorterIntervalMustDivideTheMinute() {
        assertThat(DeadlineTimer.intervalSeconds("2")).isEqualTo(2);
        assertThat(DeadlineTimer.intervalSeconds("15")).isEqualTo(15);
        assertThat(DeadlineTimer.schedule(2).getSecond()).isEqualTo("*/2");
        assertThat(DeadlineTimer.intervalSeconds("7")).isEqualTo(60);
        assertThat(DeadlineTimer.intervalSeconds("0")).isEqualTo(60);
        assertThat(DeadlineTimer.intervalSeconds("-5")).isEqualTo(60);
        assertThat(DeadlineTimer.intervalSeconds("90")).isEqualTo(60);
        assertThat(DeadlineTimer.intervalSeconds("soon")).isEqualTo(60);
    }

    @Test
    void everyNodeNamesTheSameSlotForTheSameTick() {
        Instant late = Instant.parse("2026-11-25T10:15:00.734Z");
        Instant later = Instant.parse("2026-11-25T10:15:59.999Z");

        assertThat(DeadlineTimer.slot(late, 60)).isEqualTo("2026-11-25T10:15:00Z").isEqualTo(DeadlineTimer.slot(later, 60));
        assertThat(DeadlineTimer.slot(Instant.parse("2026-11-25T10:15:03.100Z"), 2)).isEqualTo("2026-11-25T10:15:02Z");
    }
}
