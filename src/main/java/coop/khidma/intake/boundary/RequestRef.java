package coop.khidma.intake.boundary;

import jakarta.persistence.OptimisticLockException;

/**
 * A request as the staff member saw it: its reference and the version on their screen. A change to a request that
 * someone else changed in the meantime is refused with an optimistic-lock failure, never applied over theirs.
 */
public record RequestRef(String reference, long version) {

    /** The one version check: refused when the request's version now is not the one on the screen. */
    public void requireCurrent(long versionNow) {
        if (versionNow != version) {
            throw new OptimisticLockException(reference);
        }
    }
}
