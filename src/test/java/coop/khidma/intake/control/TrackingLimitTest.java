package coop.khidma.intake.control;

import coop.khidma.intake.control.TrackingLimit.Standing;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingLimitTest {

    private static final Instant NINE = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void theFifthWrongMobileWithinTheHourLocksTheReferenceForAnHour() {
        Standing standing = Standing.CLEAN;
        for (int minute = 0; minute < 4; minute++) {
            standing = TrackingLimit.REFERENCE.failed(standing, NINE.plusSeconds(60L * minute));
            assertThat(TrackingLimit.REFERENCE.refused(standing, NINE.plusSeconds(60L * minute))).isFalse();
        }
        assertThat(standing).isEqualTo(new Standing(4, NINE, null));

        Standing locked = TrackingLimit.REFERENCE.failed(standing, Instant.parse("2026-12-06T09:59:59Z"));

        assertThat(locked).isEqualTo(new Standing(0, null, Instant.parse("2026-12-06T10:59:59Z")));
        assertThat(TrackingLimit.REFERENCE.refused(locked, Instant.parse("2026-12-06T10:59:58Z"))).isTrue();
        assertThat(TrackingLimit.REFERENCE.refused(locked, Instant.parse("2026-12-06T10:59:59Z"))).isFalse();
    }

    @Test
    void wrongMobilesSpreadOverMoreThanAnHourStartAFreshWindow() {
        Standing standing = new Standing(4, NINE, null);

        Standing after = TrackingLimit.REFERENCE.failed(standing, Instant.parse("2026-12-06T10:00:00Z"));

        assertThat(after).isEqualTo(new Standing(1, Instant.parse("2026-12-06T10:00:00Z"), null));
        assertThat(TrackingLimit.REFERENCE.refused(after, Instant.parse("2026-12-06T10:00:00Z"))).isFalse();
    }

    @Test
    void anAttemptWhileLockedNeitherCountsNorExtendsTheLock() {
        Standing locked = new Standing(0, null, Instant.parse("2026-12-06T10:30:00Z"));

        assertThat(TrackingLimit.REFERENCE.failed(locked, Instant.parse("2026-12-06T10:00:00Z"))).isEqualTo(locked);
    }

    @Test
    void aKioskDeviceSweepingReferencesIsLockedAtItsTwentiethWrongAttempt() {
        Standing standing = Standing.CLEAN;
        for (int attempt = 0; attempt < 19; attempt++) {
            standing = TrackingLimit.DEVICE.failed(standing, NINE.plusSeconds(attempt));
        }
        assertThat(TrackingLimit.DEVICE.refused(standing, Instant.parse("2026-12-06T09:00:19Z"))).isFalse();
        assertThat(TrackingLimit.REFERENCE.failed(new Standing(19, NINE, null), NINE).lockedUntil())
                .as("the reference's limit is lower").isNotNull();

        Standing locked = TrackingLimit.DEVICE.failed(standing, Instant.parse("2026-12-06T09:00:19Z"));

        assertThat(locked.lockedUntil()).isEqualTo(Instant.parse("2026-12-06T10:00:19Z"));
        assertThat(TrackingLimit.DEVICE.refused(locked, Instant.parse("2026-12-06T09:30:00Z"))).isTrue();
    }
}
