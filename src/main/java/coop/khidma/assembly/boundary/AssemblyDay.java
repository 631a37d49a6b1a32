package coop.khidma.assembly.boundary;

import coop.khidma.assembly.control.ItemResult;
import coop.khidma.assembly.control.Quorum;
import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.GeneralAssembly;

import java.util.List;

/**
 * A meeting's day as the live screen and the minutes show it: the meeting, who is entitled and who is present (in
 * person and by proxy, members and shares), where the quorum stands for the first and — when the bylaws allow it —
 * second meeting time, which of the two is being held now, and each agenda item's totals and result. Totals only:
 * nobody's vote.
 */
public record AssemblyDay(GeneralAssembly assembly, Quorum.Count entitled, Quorum.Count inPerson,
                          Quorum.Count byProxy, Quorum.Standing quorum, boolean secondMeetingHeld,
                          List<Item> items) {

    /** One agenda item with its result ({@link ItemResult.Outcome#INFORMATION} for an item that takes no vote). */
    public record Item(AgendaItem item, ItemResult result) {
    }

    /** Everyone present: in person and represented. */
    public Quorum.Count present() {
        return inPerson.plus(byProxy.members(), byProxy.shares());
    }

    /** Whether the quorum is reached for the meeting time now held. */
    public boolean quorumReached() {
        return quorum.reachedFor(secondMeetingHeld);
    }
}
