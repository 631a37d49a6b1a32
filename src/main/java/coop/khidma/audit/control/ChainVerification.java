package coop.khidma.audit.control;

import coop.khidma.audit.control.ChainReport.Break;
import coop.khidma.audit.control.ChainReport.Fault;
import coop.khidma.audit.entity.Change;

import java.util.Map;
import java.util.TreeMap;

/**
 * Walks the audit entries in chain order, one at a time (so a trail of millions needs no memory beyond the redactions
 * still to be matched), and keeps the first broken link. Feed it with {@link #next}, as long as it returns
 * {@code true}, then ask for the {@link #report}.
 * <p>
 * A redacted entry (its detail replaced by {@link AuditChain#REDACTED}) is verified with the digest stored for its
 * detail, and must name a later redaction entry of the chain whose "after" state is exactly the number of entries that
 * name it: an entry redacted past the application (a detail edited to the marker, or pointing at a redaction that does
 * not count it) is a {@link Fault#REDACTION}; a detail not redacted must still give its stored digest.
 */
public final class ChainVerification {

    private final long headNo;
    private final String headHash;
    private final boolean legacy;
    private long expected = 1;
    private String previous = AuditChain.GENESIS;
    private long checked;
    private Long lastId;
    private long lastNo;
    private Break broken;
    /** Redaction entry number → entries naming it so far, and the first of them (id, number). */
    private final Map<Long, long[]> redactions = new TreeMap<>();

    /** @param headNo the number of the last entry, as the chain's head records it; {@code headHash} its hash */
    public ChainVerification(long headNo, String headHash) {
        this(headNo, headHash, false);
    }

    private ChainVerification(long headNo, String headHash, boolean legacy) {
        this.headNo = headNo;
        this.headHash = headHash;
        this.legacy = legacy;
    }

    /** A chain as written before V40 ({@link AuditChain#legacyHash}, no redactions), as V40 checks it once. */
    public static ChainVerification legacy(long headNo, String headHash) {
        return new ChainVerification(headNo, headHash, true);
    }

    /** The next entry in chain order, as stored, never redacted (its digest is its detail's). */
    public boolean next(long id, Long no, Change change, int seq, String previousHash, String hash) {
        return next(id, no, change, seq, previousHash, hash, AuditChain.digest(change.detail()), null);
    }

    /**
     * The next entry in chain order, as stored, with the digest stored for its detail and the number of the redaction
     * entry that redacted it ({@code null}: not redacted). Returns whether the chain is still intact (false: stop, the
     * first broken link is known).
     */
    public boolean next(long id, Long no, Change change, int seq, String previousHash, String hash,
                        String detailDigest, Long redactedIn) {
        if (broken != null) {
            return false;
        }
        if (no == null || no > headNo) {
            broken = new Break(id, no, Fault.OUTSIDE, expected);
        } else if (no != expected) {
            broken = new Break(id, no, Fault.GAP, expected);
        } else if (!previous.equals(previousHash)) {
            broken = new Break(id, no, Fault.LINK, expected);
        } else if (!contentHolds(no, change, seq, previousHash, hash, detailDigest, redactedIn)) {
            broken = new Break(id, no, Fault.CONTENT, expected);
        } else if (redactedIn != null && redactedIn <= no) {
            broken = new Break(id, no, Fault.REDACTION, expected);
        } else if (!legacy && (isRedaction(change) ? !redactionCounts(no, change) : redactions.containsKey(no))) {
            long[] first = redactions.remove(no);
            broken = first == null ? new Break(id, no, Fault.REDACTION, expected)
                    : new Break(first[1], first[2], Fault.REDACTION, expected);
        } else {
            redactions.remove(no);
            if (redactedIn != null) {
                redactions.computeIfAbsent(redactedIn, redaction -> new long[]{0, id, no})[0]++;
            }
            checked++;
            lastId = id;
            lastNo = no;
            previous = hash;
            expected = no + 1;
            return true;
        }
        return false;
    }

    private boolean contentHolds(long no, Change change, int seq, String previousHash, String hash, String detailDigest,
                                 Long redactedIn) {
        if (legacy) {
            return AuditChain.legacyHash(previousHash, no, change, seq).equals(hash);
        }
        if (redactedIn == null) {
            String digest = AuditChain.digest(change.detail());
            return java.util.Objects.equals(digest, detailDigest)
                    && AuditChain.hash(previousHash, no, change, seq, digest).equals(hash);
        }
        return AuditChain.REDACTED.equals(change.detail()) && detailDigest != null
                && AuditChain.hash(previousHash, no, change, seq, detailDigest).equals(hash);
    }

    private static boolean isRedaction(Change change) {
        return AuditChain.REDACTION_TYPE.equals(change.subjectType())
                && AuditChain.REDACTION_ACTION.equals(change.action());
    }

    /** Whether exactly as many entries as the redaction entry says name it. */
    private boolean redactionCounts(long no, Change change) {
        long[] named = redactions.get(no);
        long count = named == null ? 0 : named[0];
        try {
            return Long.parseLong(change.after()) == count;
        } catch (NumberFormatException notACount) {
            return false;
        }
    }

    /** An entry found outside the chain (see {@link Fault#OUTSIDE}), reported unless a link broke before it. */
    public void outside(long id, Long no) {
        if (broken == null) {
            broken = new Break(id, no, Fault.OUTSIDE, expected);
        }
    }

    /**
     * What the walk found; the chain must also end exactly at its head, and every redaction named by an entry must be
     * one of the redaction entries walked (one beyond the head read at the start is left for the next verification).
     */
    public ChainReport report() {
        if (broken == null) {
            redactions.entrySet().stream().filter(named -> named.getKey() <= headNo).findFirst().ifPresent(named ->
                    broken = new Break(named.getValue()[1], named.getValue()[2], Fault.REDACTION, expected));
        }
        if (broken == null && lastNo < headNo) {
            broken = new Break(null, null, Fault.SHORT, lastNo + 1);
        } else if (broken == null && !previous.equals(headHash)) {
            broken = new Break(lastId, lastNo, Fault.HEAD, headNo);
        }
        return new ChainReport(checked, lastId, lastNo, previous, broken);
    }
}
