package coop.khidma.intake.boundary;

/**
 * A request as the staff member saw it: its reference and the version on their screen. A change to a request that
 * someone else changed in the meantime is refused with an optimistic-lock failure, never applied over theirs.
 */
public record RequestRef(String reference, long version) {
}
