package coop.khidma.platform.time;

import java.util.List;

/**
 * How long things took, as the board's reports sum up a list of working days: the median and the 90th percentile.
 * A report that has no value shows a dash, so both are {@code null} for an empty list.
 */
public final class DaysTaken {

    private DaysTaken() {
    }

    /** The middle value, the mean of the two middle ones for an even number; {@code null} for none. */
    public static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /**
     * The 90th percentile by nearest rank: the smallest value that at least nine in ten are not above (the
     * {@code ceil(0.9 n)}-th smallest); {@code null} for none.
     */
    public static Integer percentile90(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        return sorted.get((9 * sorted.size() + 9) / 10 - 1);
    }
}
