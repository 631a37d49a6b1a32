package coop.khidma.satisfaction.boundary;

import coop.khidma.satisfaction.control.OncePerVisit;
import coop.khidma.satisfaction.control.RatingThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The one {@link RatingThrottle} of this server, shared by every kiosk session, and the counter visits already rated
 * today ({@link OncePerVisit}). Both live in memory: a restart forgets who pressed last and which visits were rated,
 * which at worst lets one more rating through.
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
public class KioskThrottle {

    private final RatingThrottle throttle = new RatingThrottle(RatingThrottle.DEFAULT_WINDOW);
    private final OncePerVisit visits = new OncePerVisit();

    public boolean tryAcquire(String deviceToken, Instant now) {
        return throttle.tryAcquire(deviceToken, now);
    }

    public boolean firstRatingOf(String visit, LocalDate today) {
        return visits.first(visit, today);
    }
}
