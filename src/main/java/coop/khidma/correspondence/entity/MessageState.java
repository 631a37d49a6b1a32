package coop.khidma.correspondence.entity;

/** Where an outbox message stands; each state is true of what happened to it, never hopeful. */
public enum MessageState {
    /** Queued: waiting for the sender (perhaps after a temporary failure), or for a printer, for a letter. */
    PENDING,
    /** Accepted by the provider, which gave it an id; not yet reported delivered. */
    SENT,
    /** The provider reported it delivered to the member's phone. */
    DELIVERED,
    /** Refused, reported undelivered, or given up after repeated failures; the reason is kept. */
    FAILED,
    /** No gateway is configured on the server for its channel (SMS provider, mail session): it never left. */
    NO_GATEWAY
}
