package coop.khidma.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The one clock the application reads; tests replace it to fix time. Instants are stored in UTC. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
