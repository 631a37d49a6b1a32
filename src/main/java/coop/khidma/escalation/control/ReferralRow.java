package coop.khidma.escalation.control;

/**
 * One line of {@link Referrals}: a level (or {@code null} for all levels), the referrals that arrived there in the
 * period, how many of them were answered there, climbed on by timeout or still wait, and the median and 90th
 * percentile of the working days to an answer ({@code null} when none was answered).
 */
public record ReferralRow(String levelCode, long arrived, long answered, long climbed, long open, Double median,
                          Integer percentile90) {
}
