package coop.khidma.assembly.entity;

/** What the quorum counts, as the bylaws say: the members present (in person or by proxy), or the shares they hold. */
public enum QuorumBasis {
    MEMBERS,
    SHARES
}
