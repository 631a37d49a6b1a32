package coop.khidma.platform.security;

import coop.khidma.platform.security.SignInThrottle.Standing;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in throttle tried as a password guesser would: fast, many, and waiting for the lock to pass. */
class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");
    private static final SignInThrottle NAME = SignInThrottle.ACCOUNT;

    @Test
    void threeFailuresAreFreeThenEachAttemptWaitsTwiceAsLong() {
        Standing standing = Standing.CLEAN;
        for (int i = 0; i < 3; i++) {
            assertThat(NAME.refusedUntil(standing, T0.plusSeconds(i))).isEmpty();
            standing = NAME.failed(standing, T0.plusSeconds(i));
        }
        // third failure at 12:00:02: the next attempt waits 1 s, then 2 s, 4 s …
        assertThat(NAME.refusedUntil(standing, T0.plusSeconds(2))).contains(Instant.parse("2026-12-03T12:00:03Z"));
        assertThat(NAME.refusedUntil(standing, T0.plusSeconds(3))).isEmpty();
        standing = NAME.failed(standing, T0.plusSeconds(3));
        assertThat(NAME.refusedUntil(standing, T0.plusSeconds(4))).contains(Instant.parse("2026-12-03T12:00:05Z"));
        assertThat(NAME.wait(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(NAME.wait(9)).isEqualTo(Duration.ofSeconds(60));
        assertThat(NAME.wait(2)).isZero();
    }

    @Test
    void twentyEightQuickGuessesThenTheRightOneNeverGetThrough() {
        Standing standing = Standing.CLEAN;
        int looked = 0;
        Instant now = T0;
        for (int i = 0; i < 28; i++, now = now.plusMillis(400)) { // one guess every 0.4 s, as found
            if (NAME.refusedUntil(standing, now).isEmpty()) {
                looked++;
                standing = NAME.failed(standing, now);
            }
        }
        // looked at: 0, 0.4, 0.8 s (free), 2.0 (after 1 s), 4.0 (after 2 s), 8.0 (after 4 s); the next only at 16.0
        assertThat(looked).as("guesses whose password was even looked at").isEqualTo(6);
        assertThat(NAME.refusedUntil(standing, now)).as("the 29th, right or not").isPresent();
    }

    @Test
    void theTenthFailureLocksForFifteenMinutesThenAllIsForgotten() {
        Standing standing = new Standing(9, T0, null);
        Instant tenth = T0.plusSeconds(70); // after the 9th failure's wait of 60 s
        assertThat(NAME.refusedUntil(standing, tenth)).isEmpty();
        standing = NAME.failed(standing, tenth);
        assertThat(standing.lockedUntil()).isEqualTo(Instant.parse("2026-12-03T12:16:10Z"));
        assertThat(NAME.refusedUntil(standing, Instant.parse("2026-12-03T12:16:09Z")))
                .contains(Instant.parse("2026-12-03T12:16:10Z"));
        assertThat(NAME.refusedUntil(standing, Instant.parse("2026-12-03T12:16:10Z"))).isEmpty();
        Standing after = NAME.failed(standing, Instant.parse("2026-12-03T12:16:10Z"));
        assertThat(after.failures()).as("a failure after the lock starts a new count").isEqualTo(1);
    }

    @Test
    void failuresAreForgottenAQuarterOfAnHourAfterTheLast() {
        Standing standing = new Standing(8, T0, null);
        assertThat(NAME.refusedUntil(standing, T0.plusSeconds(30))).isPresent();
        assertThat(NAME.refusedUntil(standing, Instant.parse("2026-12-03T12:15:00Z"))).isEmpty();
        assertThat(NAME.failed(standing, Instant.parse("2026-12-03T12:15:00Z")).failures()).isEqualTo(1);
        assertThat(NAME.failed(standing, Instant.parse("2026-12-03T12:14:59Z")).failures()).isEqualTo(9);
    }

    @Test
    void anOfficeSharingOneAddressHasTenFreeFailuresAndIsLockedOnlyAtTheFiftieth() {
        SignInThrottle address = SignInThrottle.ADDRESS;
        assertThat(address.refusedUntil(new Standing(9, T0, null), T0)).isEmpty();
        assertThat(address.refusedUntil(new Standing(10, T0, null), T0)).contains(T0.plusSeconds(1));
        assertThat(address.failed(new Standing(48, T0, null), T0.plusSeconds(120)).lockedUntil()).isNull();
        assertThat(address.failed(new Standing(49, T0, null), T0.plusSeconds(120)).lockedUntil())
                .isEqualTo(Instant.parse("2026-12-03T12:17:00Z"));
    }
}
