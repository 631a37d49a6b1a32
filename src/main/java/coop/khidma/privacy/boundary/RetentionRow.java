package coop.khidma.privacy.boundary;

import coop.khidma.platform.personaldata.DataCategory;

import java.time.Instant;

/** One line of the retention schedule as the console shows it; {@code version} goes back with a change. */
public record RetentionRow(DataCategory category, int days, int defaultDays, String changedBy, Instant changedAt,
                           long version) {
}
