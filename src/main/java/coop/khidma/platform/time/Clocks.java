package coop.khidma.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The one clock the application reads; tests replace it to fix time. It ticks in microseconds, the precision
 * of the database's {@code DATETIME(6)}, so an instant reads back exactly as it was written.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
    }
}
