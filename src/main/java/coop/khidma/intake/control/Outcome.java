package coop.khidma.intake.control;

import coop.khidma.intake.entity.RequestStatus;

/**
 * How a request ended, as a report to the board groups it: still open (work remains), served (answered, issued,
 * accepted and carried out), rejected by the committee, or withdrawn.
 */
public enum Outcome {
    OPEN, SERVED, REJECTED, WITHDRAWN;

    public static Outcome of(RequestStatus status) {
        return switch (status) {
            case RESOLVED, COMPLETED -> SERVED;
            case REJECTED -> REJECTED;
            case WITHDRAWN -> WITHDRAWN;
            default -> OPEN;
        };
    }
}
