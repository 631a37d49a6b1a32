package coop.khidma.satisfaction.boundary;

import coop.khidma.satisfaction.control.RatingThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import java.time.Instant;

/**
 * The one {@link RatingThrottle} of this server, shared by every kiosk session. It lives in memory: a restart
 * forgets who pressed last, which at worst lets one more rating through.
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
public class KioskThrottle {

    private final RatingThrottle throttle = new RatingThrottle(RatingThrottle.DEFAULT_WINDOW);

    public boolean tryAcquire(String deviceToken, Instant now) {
        return throttle.tryAcquire(deviceToken, now);
    }
}
