package coop.khidma.api.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));

    @Test
    void aClientMaySendItsWholeMinuteInABurstAndIsThenToldHowLongToWait() {
        RateLimiter limiter = new RateLimiter(3, clock);

        assertThat(limiter.tryAcquire("203.0.113.1").remaining()).isEqualTo(2);
        assertThat(limiter.tryAcquire("203.0.113.1").allowed()).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.1").allowed()).isTrue();
        RateLimiter.Decision refused = limiter.tryAcquire("203.0.113.1");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(20); // one token every 60/3 s
    }

    @Test
    void theBucketRefillsEvenlyAndTheWaitShrinksWithTime() {
        RateLimiter limiter = new RateLimiter(60, clock);
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("a").retryAfterSeconds()).isEqualTo(1);

        clock.advance(Duration.ofMillis(999));
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();

        clock.advance(Duration.ofSeconds(10));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void aLongPauseRefillsToTheBurstSizeAndNoMore() {
        RateLimiter limiter = new RateLimiter(2, clock);
        limiter.tryAcquire("a");
        limiter.tryAcquire("a");

        clock.advance(Duration.ofDays(400));

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(1, clock);

        assertThat(limiter.tryAcquire("203.0.113.1").allowed()).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.1").allowed()).isFalse();
        assertThat(limiter.tryAcquire("203.0.113.2").allowed()).isTrue();
    }

    @Test
    void theWaitIsRoundedUpToWholeSecondsAndNeverZero() {
        RateLimiter limiter = new RateLimiter(7, clock); // one token every 8.571… s
        for (int i = 0; i < 7; i++) {
            limiter.tryAcquire("a");
        }
        assertThat(limiter.tryAcquire("a").retryAfterSeconds()).isEqualTo(9);

        clock.advance(Duration.ofMillis(8_571));
        assertThat(limiter.tryAcquire("a").retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void aClockThatStepsBackDoesNotHandOutTokens() {
        RateLimiter limiter = new RateLimiter(1, clock);
        limiter.tryAcquire("a");

        clock.advance(Duration.ofSeconds(-30));
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void idleClientsAreForgottenWhenTheyAreMany() {
        RateLimiter limiter = new RateLimiter(5, clock);
        for (int i = 0; i <= RateLimiter.FORGET_ABOVE; i++) {
            limiter.tryAcquire("client-" + i);
        }
        assertThat(limiter.trackedClients()).isEqualTo(RateLimiter.FORGET_ABOVE + 1);

        clock.advance(Duration.ofMinutes(1));
        limiter.tryAcquire("newcomer");

        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void theLimitComesFromTheEnvironmentThenTheSystemPropertyThenTheDefault() {
        assertThat(RateLimiter.configuredPerMinute("120", "5", 60)).isEqualTo(120);
        assertThat(RateLimiter.configuredPerMinute(null, " 5 ", 60)).isEqualTo(5);
        assertThat(RateLimiter.configuredPerMinute(" ", null, 60)).isEqualTo(60);
        assertThatThrownBy(() -> RateLimiter.configuredPerMinute("0", null, 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KHIDMA_API_RATE_PER_MINUTE");
        assertThatThrownBy(() -> RateLimiter.configuredPerMinute("lots", null, 60))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(0, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
