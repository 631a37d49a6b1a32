package coop.khidma.reception.entity;

/**
 * Where a queue ticket stands.
 * <pre>
 * WAITING ─call─► CALLED ─served─► SERVED
 *                   └───noShow───► NO_SHOW
 * </pre>
 */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVED,
    NO_SHOW
}
