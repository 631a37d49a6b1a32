package coop.khidma.assembly.entity;

/** Where a meeting stands: scheduled (invitations may go out), open (the meeting has started), closed, cancelled. */
public enum AssemblyStatus {
    SCHEDULED,
    OPEN,
    CLOSED,
    CANCELLED
}
