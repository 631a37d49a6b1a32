package coop.khidma.audit.control;

import coop.khidma.audit.control.ChainReport.Break;
import coop.khidma.audit.control.ChainReport.Fault;
import coop.khidma.audit.entity.Change;

/**
 * Walks the audit entries in chain order, one at a time (so a trail of millions needs no memory), and keeps the first
 * broken link. Feed it with {@link #next}, as long as it returns {@code true}, then ask for the {@link #report}.
 */
public final class ChainVerification {

    private final long headNo;
    private final String headHash;
    private long expected = 1;
    private String previous = AuditChain.GENESIS;
    private long checked;
    private Long lastId;
    private long lastNo;
    private Break broken;

    /** @param headNo the number of the last entry, as the chain's head records it; {@code headHash} its hash */
    public ChainVerification(long headNo, String headHash) {
        this.headNo = headNo;
        this.headHash = headHash;
    }

    /**
     * The next entry in chain order, as stored. Returns whether the chain is still intact (false: stop, the first
     * broken link is known).
     */
    public boolean next(long id, Long no, Change change, int seq, String previousHash, String hash) {
        if (broken != null) {
            return false;
        }
        if (no == null || no > headNo) {
            broken = new Break(id, no, Fault.OUTSIDE, expected);
        } else if (no != expected) {
            broken = new Break(id, no, Fault.GAP, expected);
        } else if (!previous.equals(previousHash)) {
            broken = new Break(id, no, Fault.LINK, expected);
        } else if (!AuditChain.hash(previousHash, no, change, seq).equals(hash)) {
            broken = new Break(id, no, Fault.CONTENT, expected);
        } else {
            checked++;
            lastId = id;
            lastNo = no;
            previous = hash;
            expected = no + 1;
            return true;
        }
        return false;
    }

    /** An entry found outside the chain (see {@link Fault#OUTSIDE}), reported unless a link broke before it. */
    public void outside(long id, Long no) {
        if (broken == null) {
            broken = new Break(id, no, Fault.OUTSIDE, expected);
        }
    }

    /** What the walk found; the chain must also end exactly at its head. */
    public ChainReport report() {
        if (broken == null && lastNo < headNo) {
            broken = new Break(null, null, Fault.SHORT, lastNo + 1);
        } else if (broken == null && !previous.equals(headHash)) {
            broken = new Break(lastId, lastNo, Fault.HEAD, headNo);
        }
        return new ChainReport(checked, lastId, lastNo, previous, broken);
    }
}
