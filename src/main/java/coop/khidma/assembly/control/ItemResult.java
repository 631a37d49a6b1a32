package coop.khidma.assembly.control;

import coop.khidma.assembly.entity.DecisionRule;

import java.util.Objects;

/**
 * The result of one agenda item by its rule. The reading of the bylaws adopted here: a decision is taken by the votes
 * CAST — for and against. An abstention is recorded, counted and printed in the minutes (and the member counts towards
 * the quorum), but it is not a vote cast: it neither helps nor blocks a decision.
 * <ul>
 *   <li>{@link DecisionRule#MAJORITY}: adopted when the votes for are more than half of the votes cast (for &gt;
 *   against); a tie is not a majority, so the item is not adopted.</li>
 *   <li>{@link DecisionRule#TWO_THIRDS}: adopted when the votes for are at least two thirds of the votes cast
 *   (3 × for ≥ 2 × cast); 6 for and 3 against is exactly two thirds and adopts.</li>
 *   <li>No vote cast at all (nobody voted, or everybody abstained): not adopted.</li>
 *   <li>{@link DecisionRule#INFORMATION_ONLY}: the assembly is informed; there is no vote and no result.</li>
 * </ul>
 */
public record ItemResult(DecisionRule rule, Tally tally, long required, Outcome outcome) {

    /** What an item came to. */
    public enum Outcome {
        ADOPTED,
        NOT_ADOPTED,
        INFORMATION
    }

    /** The votes on one item: for, against, and abstentions. */
    public record Tally(long inFavour, long against, long abstaining) {
        public static final Tally NONE = new Tally(0, 0, 0);

        public Tally {
            if (inFavour < 0 || against < 0 || abstaining < 0) {
                throw new IllegalArgumentException("a tally is never negative");
            }
        }

        /** The votes cast: for and against (abstentions are not votes cast). */
        public long cast() {
            return inFavour + against;
        }

        /** Everyone who took part in the vote, abstentions included. */
        public long voters() {
            return cast() + abstaining;
        }
    }

    /**
     * The item decided by {@code rule} on {@code tally}; {@link #required} is the votes for it needed (0 for an item
     * taking no vote). An information-only item with votes on it is refused: it takes no vote.
     */
    public static ItemResult of(DecisionRule rule, Tally tally) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(tally, "tally");
        if (rule == DecisionRule.INFORMATION_ONLY) {
            if (tally.voters() > 0) {
                throw new IllegalArgumentException("an information-only item takes no vote");
            }
            return new ItemResult(rule, tally, 0, Outcome.INFORMATION);
        }
        long cast = tally.cast();
        long required = rule == DecisionRule.MAJORITY ? cast / 2 + 1 : Math.max(1, ceilDiv(2 * cast, 3));
        Outcome outcome = cast > 0 && tally.inFavour() >= required ? Outcome.ADOPTED : Outcome.NOT_ADOPTED;
        return new ItemResult(rule, tally, required, outcome);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
