package coop.khidma.assembly.boundary;

import jakarta.persistence.OptimisticLockException;

/**
 * A meeting as the screen showed it: its id and version. A change to a meeting someone else changed in the meantime is
 * refused with an optimistic-lock failure, never applied over theirs.
 */
public record AssemblyRef(long id, long version) {

    /** The one version check: refused when the meeting's version now is not the one on the screen. */
    public void requireCurrent(long versionNow) {
        if (versionNow != version) {
            throw new OptimisticLockException("GA-" + id);
        }
    }
}
