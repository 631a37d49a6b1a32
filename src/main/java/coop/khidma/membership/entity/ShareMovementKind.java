package coop.khidma.membership.entity;

/** What moved a member's shares, and which way: in (subscriptions, a transfer received) or out. */
public enum ShareMovementKind {
    /** The shares subscribed with the accepted membership application (or the register's opening balance). */
    INITIAL_SUBSCRIPTION(1),
    /** More shares subscribed and paid later. */
    ADDITIONAL_SUBSCRIPTION(1),
    /** Shares received from another member, as the board approved. */
    TRANSFER_IN(1),
    /** Shares given to another member, as the board approved. */
    TRANSFER_OUT(-1),
    /** Every share refunded on an accepted withdrawal. */
    REFUND(-1);

    private final int sign;

    ShareMovementKind(int sign) {
        this.sign = sign;
    }

    /** +1 when the shares come in, -1 when they go out. */
    public int sign() {
        return sign;
    }
}
