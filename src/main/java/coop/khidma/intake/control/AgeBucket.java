package coop.khidma.intake.control;

/** How long an open request has waited since it was filed, in the office's working days. */
public enum AgeBucket {
    UP_TO_2(2), FROM_3_TO_5(5), FROM_6_TO_10(10), OVER_10(Integer.MAX_VALUE);

    private final int most;

    AgeBucket(int most) {
        this.most = most;
    }

    /** The most working days a request in this bucket has waited. */
    public int most() {
        return most;
    }
}
