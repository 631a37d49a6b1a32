package coop.khidma.correspondence.boundary;

/**
 * Whether the file filed under a reference was put before the research committee, answered by the component that
 * owns the reference (correspondence knows none): the {@link Outbox} shows a caller who works as the committee only
 * the letters of such files.
 */
public interface CommitteeFiles {

    /** Whether {@code reference} names a file this component owns that was put before the committee. */
    boolean isBeforeCommittee(String reference);
}
