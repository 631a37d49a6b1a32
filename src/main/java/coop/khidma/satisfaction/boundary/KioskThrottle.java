package coop.khidma.satisfaction.boundary;

import coop.khidma.satisfaction.control.OncePerVisit;
import coop.khidma.satisfaction.control.RatingThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The {@link RatingThrottle}s of this server (per visitor, per kiosk device), shared by every session, and the counter visits already rated
 * today ({@link OncePerVisit}). Both live in memory: a restart forgets who pressed last and which visits were rated,
 * which at worst lets one more rating through.
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
public class KioskThrottle {

    /** A kiosk device gives at most this many ratings in any minute, whoever stands at it. */
    public static final int PER_KIOSK_PER_MINUTE = 3;

    private final RatingThrottle byVisitor = new RatingThrottle(RatingThrottle.DEFAULT_WINDOW);
    private final RatingThrottle byKiosk = new RatingThrottle(PER_KIOSK_PER_MINUTE, Duration.ofMinutes(1));
    private final OncePerVisit visits = new OncePerVisit();

    /**
     * Whether this visitor (a kiosk session, a website client's address) may rate now — one rating every two
     * minutes — and, when it comes from a registered kiosk ({@code kiosk}, else {@code null}), whether that kiosk is
     * under its {@value #PER_KIOSK_PER_MINUTE} a minute, so that pressing "done" and rating again does not flood the
     * figures either. Only an accepted rating counts.
     */
    public boolean tryAcquire(String visitor, String kiosk, Instant now) {
        if (kiosk != null && !byKiosk.allows(kiosk, now)) {
            return false;
        }
        if (!byVisitor.tryAcquire(visitor, now)) {
            return false;
        }
        if (kiosk != null) {
            byKiosk.tryAcquire(kiosk, now);
        }
        return true;
    }

    public boolean firstRatingOf(String visit, LocalDate today) {
        return visits.first(visit, today);
    }
}
