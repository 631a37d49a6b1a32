package coop.khidma.assembly.control;

import coop.khidma.platform.i18n.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who is present for whom, so that nobody is counted or votes twice. Each entitled member is present at most once: in
 * person, or represented by the holder of the proxy they gave. The first arrival decides — a proxy holder who checks
 * in brings in every member who gave them a proxy in force and is not already present; a member who gave a proxy and
 * comes before the holder attends in person (the holder then does not represent them); once represented, the member
 * is present and cannot check in again. A vote on an item is cast once per member present: by that member when in
 * person, by the holder for each grantor separately.
 */
public final class Representation {

    /** How a member is present. */
    public enum Mode {
        IN_PERSON,
        BY_PROXY
    }

    /** A member present, and who votes for them (the member themself, or the proxy holder). */
    public record Presence(long memberId, Mode mode, long voterId) {
    }

    private Representation() {
    }

    /**
     * The members checked in when {@code memberId} arrives: the member in person, then each member who gave them a
     * proxy in force ({@code grantorToHolder}: grantor's id → holder's id) and is not in {@code present}. Breaks
     * {@code rule.checkIn.already} when the member is already present in person, or {@code rule.checkIn.represented}
     * when a proxy holder already brought them in.
     */
    public static List<Presence> arrive(long memberId, Map<Long, Long> grantorToHolder,
                                        Map<Long, Presence> present) {
        Objects.requireNonNull(grantorToHolder, "proxies");
        Presence already = present.get(memberId);
        if (already != null) {
            throw already.mode() == Mode.IN_PERSON ? new DomainException("rule.checkIn.already")
                    : new DomainException("rule.checkIn.represented");
        }
        List<Presence> arriving = new ArrayList<>();
        arriving.add(new Presence(memberId, Mode.IN_PERSON, memberId));
        grantorToHolder.entrySet().stream()
                .filter(proxy -> proxy.getValue() == memberId && !present.containsKey(proxy.getKey()))
                .map(Map.Entry::getKey).sorted()
                .forEach(grantor -> arriving.add(new Presence(grantor, Mode.BY_PROXY, memberId)));
        return List.copyOf(arriving);
    }

    /**
     * Checks that {@code voterId} may cast the vote of {@code forMemberId} on an item, given who is present and whose
     * vote on it is already recorded. Breaks {@code rule.vote.notPresent} (the member is not checked in),
     * {@code rule.vote.notTheirs} (the voter is neither that member present in person nor the holder who represents
     * them) or {@code rule.vote.already} (a vote for that member on the item is recorded).
     */
    public static Presence requireMayVote(long voterId, long forMemberId, Map<Long, Presence> present,
                                          Set<Long> alreadyVoted) {
        Presence presence = present.get(forMemberId);
        if (presence == null) {
            throw new DomainException("rule.vote.notPresent");
        }
        if (presence.voterId() != voterId) {
            throw new DomainException("rule.vote.notTheirs");
        }
        if (alreadyVoted.contains(forMemberId)) {
            throw new DomainException("rule.vote.already");
        }
        return presence;
    }
}
