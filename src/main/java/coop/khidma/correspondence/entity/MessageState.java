package coop.khidma.correspondence.entity;

/** Where an outbox message stands. */
public enum MessageState {
    /** Waiting for the sender (or for a printer, for a letter). */
    PENDING,
    /** Sent or printed. */
    SENT,
    /** Gave up after repeated failures; staff must contact the member another way. */
    FAILED
}
