package coop.khidma.intake.control;

/**
 * The requests of one type filed in a period (or, with no type, all of them): how many, how many finished intake and
 * the median working days it took, how many were answered or decided and the median working days to that, how many of
 * those came by the day promised then, and that share in whole percent ({@code null} when none was answered).
 * {@code answerDays} is the type's answer time, {@code committee} whether the committee decides it (its window is
 * then the promise); both are unset on the line of all types.
 */
public record PromiseRow(String typeCode, boolean committee, Integer answerDays, long filed, long intakeCompleted,
                         Double intakeMedian, long answered, Double answerMedian, long withinPromise,
                         Integer sharePercent) {
}
