package coop.khidma.satisfaction.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingThrottleTest {

    private static final Instant NINE = Instant.parse("2026-11-25T06:00:00Z");
    private final RatingThrottle throttle = new RatingThrottle(Duration.ofMinutes(2));

    @Test
    void oneRatingPerDevicePerWindow() {
        assertThat(throttle.tryAcquire("kiosk-session-a", NINE)).isTrue();
        assertThat(throttle.tryAcquire("kiosk-session-a", NINE.plusSeconds(1))).isFalse();
        assertThat(throttle.tryAcquire("kiosk-session-a", NINE.plusSeconds(119))).isFalse();
        assertThat(throttle.tryAcquire("kiosk-session-a", NINE.plusSeconds(120))).isTrue();
    }

    @Test
    void refusedPressesDoNotExtendTheWindow() {
        throttle.tryAcquire("a", NINE);
        throttle.tryAcquire("a", NINE.plusSeconds(100));
        assertThat(throttle.tryAcquire("a", NINE.plusSeconds(121))).isTrue();
    }

    @Test
    void otherDevicesAreNotHeldBack() {
        assertThat(throttle.tryAcquire("a", NINE)).isTrue();
        assertThat(throttle.tryAcquire("b", NINE)).isTrue();
    }

    @Test
    void aDeviceWithoutATokenIsNeverAllowed() {
        assertThat(throttle.tryAcquire(null, NINE)).isFalse();
        assertThat(throttle.tryAcquire(" ", NINE)).isFalse();
    }

    @Test
    void devicesAreForgottenOnceTheirWindowHasPassed() {
        for (int device = 0; device < 50; device++) {
            throttle.tryAcquire("device-" + device, NINE);
        }
        assertThat(throttle.remembered()).isEqualTo(50);
        throttle.tryAcquire("late", NINE.plus(Duration.ofMinutes(3)));
        assertThat(throttle.remembered()).isEqualTo(1);
    }

    @Test
    void aKioskDeviceGivesAtMostThreeRatingsInAnyMinute() {
        RatingThrottle device = new RatingThrottle(3, Duration.ofMinutes(1));
        assertThat(device.tryAcquire("kiosk-1", NINE)).isTrue();
        assertThat(device.tryAcquire("kiosk-1", NINE.plusSeconds(5))).isTrue();
        assertThat(device.allows("kiosk-1", NINE.plusSeconds(9))).isTrue();
        assertThat(device.allows("kiosk-1", NINE.plusSeconds(9))).as("asking counts nothing").isTrue();
        assertThat(device.tryAcquire("kiosk-1", NINE.plusSeconds(10))).isTrue();
        assertThat(device.tryAcquire("kiosk-1", NINE.plusSeconds(30))).isFalse();
        assertThat(device.tryAcquire("kiosk-2", NINE.plusSeconds(30))).isTrue();
        assertThat(device.tryAcquire("kiosk-1", NINE.plusSeconds(60))).as("the first press left the minute").isTrue();
        assertThat(device.tryAcquire("kiosk-1", NINE.plusSeconds(61))).isFalse();
    }

    @Test
    void theWindowMustBePositive() {
        assertThatThrownBy(() -> new RatingThrottle(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingThrottle(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
