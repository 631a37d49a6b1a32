package coop.khidma.operations;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Test-only, in the two-node deployment: the application's clock, moved forward by
 * {@value #OFFSET_VARIABLE} seconds (the same for both nodes, chosen once by {@link TwoNodesIT}), so that the daily
 * purge's hour has always come when the test runs, whatever the time of day on this machine. It replaces
 * {@code platform.time.Clocks} as an enabled alternative and ticks in microseconds as that does.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class NodeClock {

    public static final String OFFSET_VARIABLE = "KHIDMA_TEST_CLOCK_OFFSET_SECONDS";

    /**
     * How far to move the clock from {@code now} (Riyadh time): nothing between 03:05 and 23:00, else up to the next
     * 03:05, so that the daily purge's hour (03:00) has come and the day does not change during a test run.
     */
    public static Duration aheadToPurgeHours(ZonedDateTime now) {
        LocalTime time = now.toLocalTime();
        if (!time.isBefore(LocalTime.of(3, 5)) && time.isBefore(LocalTime.of(23, 0))) {
            return Duration.ZERO;
        }
        ZonedDateTime next = now.with(LocalTime.of(3, 5));
        return Duration.between(now, next.isAfter(now) ? next : next.plusDays(1));
    }

    @Produces
    Clock clock() {
        Duration offset = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault(OFFSET_VARIABLE, "0")));
        return Clock.tick(Clock.offset(Clock.systemUTC(), offset), Duration.of(1, ChronoUnit.MICROS));
    }
}
