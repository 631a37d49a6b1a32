package coop.khidma.intake.control;

/**
 * A count in a period beside the same count in the period before: the difference, and the change in whole percent of
 * the earlier count (rounded half away from zero), or {@code null} when there was nothing before to compare with.
 */
public record PeriodChange(long now, long before, long difference, Integer percent) {

    public static PeriodChange between(long now, long before) {
        if (now < 0 || before < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        Integer percent = before == 0 ? null
                : (int) Math.signum(now - before) * (int) ((Math.abs(now - before) * 200 + before) / (2 * before));
        return new PeriodChange(now, before, now - before, percent);
    }
}
