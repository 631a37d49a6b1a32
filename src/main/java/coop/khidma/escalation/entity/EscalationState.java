package coop.khidma.escalation.entity;

/** Where one escalation stands. */
public enum EscalationState {
    /** Waiting for the level's answer. */
    OPEN,
    /** The level answered; the answer is recorded. Final. */
    ANSWERED,
    /** Unanswered past the level's response time; a new escalation at the next level took over. Final. */
    CLIMBED
}
