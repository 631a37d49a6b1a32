package coop.khidma.privacy.control;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.DataCategory;
import coop.khidma.platform.time.HijriDates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When personal data has served its purpose: a record of a category is past retention when the moment that closed it
 * (the request closed, the volunteer declined, the message sent, the contact's reply…) lies more than the category's
 * period before the purge's "as of" instant. The purge runs once a day, from {@link #RUN_AT} Riyadh time, and never
 * "as of" a moment still to come (that would erase data early).
 */
public final class RetentionRule {

    /** The daily purge's hour, Riyadh time: quiet at the office. */
    public static final LocalTime RUN_AT = LocalTime.of(3, 0);

    private final Map<DataCategory, Integer> days;

    /** @param days the period of each category, in days; a category left out keeps its default */
    public RetentionRule(Map<DataCategory, Integer> days) {
        this.days = new EnumMap<>(DataCategory.class);
        for (DataCategory category : DataCategory.values()) {
            this.days.put(category, days.getOrDefault(category, defaultDays(category)));
        }
    }

    /** The category's period when no administrator changed it, in days (the V13 and V41 migrations seed the same numbers). */
    public static int defaultDays(DataCategory category) {
        return switch (category) {
            case CLOSED_REQUESTS -> 1825;
            case REJECTED_APPLICATIONS -> 730;
            case DECLINED_VOLUNTEERS -> 365;
            case SUGGESTION_CONTACTS -> 180;
            case FEEDBACK_TEXTS -> 730;
            case OUTBOX_MESSAGES -> 365;
            case IDEMPOTENCY_KEYS -> 30;
        };
    }

    public int days(DataCategory category) {
        return days.get(category);
    }

    /** Records of the category closed before this instant are past retention as of {@code asOf}. */
    public Instant cutoff(DataCategory category, Instant asOf) {
        return Objects.requireNonNull(asOf, "asOf").minus(days(category), ChronoUnit.DAYS);
    }

    /** Whether a record of the category closed at {@code closedAt} is past retention; an open record never is. */
    public boolean isPast(DataCategory category, Instant closedAt, Instant asOf) {
        return closedAt != null && closedAt.isBefore(cutoff(category, asOf));
    }

    /** Breaks {@code rule.retention.ahead} when a purge is asked "as of" a moment after now. */
    public static Instant checkAsOf(Instant asOf, Clock clock) {
        if (Objects.requireNonNull(asOf, "asOf").isAfter(clock.instant())) {
            throw new DomainException("rule.retention.ahead");
        }
        return asOf;
    }

    /**
     * The day's purge slot (the Riyadh date, e.g. {@code 2026-11-25}) once {@link #RUN_AT} has passed that day, so a
     * node started later in the day still runs it; empty before.
     */
    public static Optional<String> dailySlot(Clock clock) {
        ZonedDateTime now = clock.instant().atZone(HijriDates.RIYADH);
        return now.toLocalTime().isBefore(RUN_AT) ? Optional.empty() : Optional.of(now.toLocalDate().toString());
    }
}
