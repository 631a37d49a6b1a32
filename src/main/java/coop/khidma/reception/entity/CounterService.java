package coop.khidma.reception.entity;

/**
 * The services the counter serves, each with its own line and its own ticket letter ({@code A-001} is the first
 * member-services ticket of the day).
 */
public enum CounterService {
    /** Requests of existing members: data updates, certificates, shares, support. */
    MEMBER_SERVICES('A'),
    /** New membership applications and registration. */
    MEMBERSHIP('B'),
    /** Questions, complaints and suggestions. */
    INQUIRIES('C');

    private final char letter;

    CounterService(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }
}
