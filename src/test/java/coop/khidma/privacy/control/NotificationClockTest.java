package coop.khidma.privacy.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationClockTest {

    private static final Instant DISCOVERED = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void theDeadlineIsSeventyTwoHoursAfterDiscovery() {
        NotificationClock clock = new NotificationClock(DISCOVERED, null);
        assertThat(clock.deadline()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(clock.timeLeft(DISCOVERED.plus(Duration.ofHours(70)))).isEqualTo(Duration.ofHours(2));
        assertThat(clock.overdue(DISCOVERED.plus(Duration.ofHours(70)))).isFalse();
    }

    @Test
    void pastTheDeadlineWithoutNotificationItIsOverdueWithNoTimeLeft() {
        NotificationClock clock = new NotificationClock(DISCOVERED, null);
        Instant late = DISCOVERED.plus(Duration.ofHours(73));
        assertThat(clock.overdue(late)).isTrue();
        assertThat(clock.timeLeft(late)).isZero();
        assertThat(clock.overdue(clock.deadline())).isFalse();
    }

    @Test
    void aNotificationStopsTheClockAndIsMarkedLateOnlyAfterTheDeadline() {
        NotificationClock inTime = new NotificationClock(DISCOVERED, DISCOVERED.plus(Duration.ofHours(71)));
        NotificationClock late = new NotificationClock(DISCOVERED, DISCOVERED.plus(Duration.ofHours(80)));
        Instant now = DISCOVERED.plus(Duration.ofHours(100));
        assertThat(inTime.overdue(now)).isFalse();
        assertThat(inTime.notifiedLate()).isFalse();
        assertThat(inTime.timeLeft(DISCOVERED)).isZero();
        assertThat(late.overdue(now)).isFalse();
        assertThat(late.notifiedLate()).isTrue();
    }
}
