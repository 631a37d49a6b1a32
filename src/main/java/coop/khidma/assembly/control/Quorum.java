package coop.khidma.assembly.control;

import coop.khidma.assembly.entity.QuorumBasis;

import java.util.Objects;

/**
 * Whether a meeting has its quorum, as the bylaws' settings say: by members (the members present in person plus those
 * represented by a proxy holder who is present, against the members entitled to attend) or by shares (the shares those
 * members held on the record date, against the shares of all entitled members), at least {@code firstPercent} for the
 * first meeting time and — when the bylaws allow a second meeting for want of quorum — at least {@code secondPercent}
 * for the second. "At least" is exact: the members or shares required are the percentage of the entitled rounded UP
 * (50 % of 7 members is 4), and nobody entitled means no quorum.
 */
public record Quorum(QuorumBasis basis, int firstPercent, boolean secondAllowed, int secondPercent) {

    public Quorum {
        Objects.requireNonNull(basis, "basis");
        requirePercent(firstPercent);
        if (secondAllowed) {
            requirePercent(secondPercent);
        }
    }

    /** Members and the shares they hold (on the record date). */
    public record Count(long members, long shares) {
        public Count {
            if (members < 0 || shares < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
        }

        public static final Count NONE = new Count(0, 0);

        public Count plus(long moreMembers, long moreShares) {
            return new Count(members + moreMembers, shares + moreShares);
        }

        long of(QuorumBasis basis) {
            return basis == QuorumBasis.MEMBERS ? members : shares;
        }
    }

    /** One meeting time's threshold: the percentage, what it requires, what is present, and whether that is enough. */
    public record Threshold(int percent, long required, long present, boolean reached) {
    }

    /**
     * Where the quorum stands: the basis, what is present and entitled on it, the first meeting's threshold and the
     * second's ({@code null} when the bylaws allow no second meeting).
     */
    public record Standing(QuorumBasis basis, long present, long entitled, Threshold first, Threshold second) {

        /** Whether the quorum is reached for the meeting time held: the first, or the second when {@code second}. */
        public boolean reachedFor(boolean secondMeeting) {
            return secondMeeting ? second != null && second.reached() : first.reached();
        }
    }

    /** The standing with {@code present} (in person and by proxy) of {@code entitled}. */
    public Standing standing(Count entitled, Count present) {
        long of = entitled.of(basis);
        long here = present.of(basis);
        if (here > of) {
            throw new IllegalArgumentException("more present than entitled");
        }
        return new Standing(basis, here, of, threshold(firstPercent, of, here),
                secondAllowed ? threshold(secondPercent, of, here) : null);
    }

    private static Threshold threshold(int percent, long entitled, long present) {
        long required = Math.max(1, ceilDiv(entitled * percent, 100));
        return new Threshold(percent, required, present, entitled > 0 && present >= required);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }

    private static void requirePercent(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a quorum is 1 to 100 %");
        }
    }
}
