package coop.khidma.review.entity;

/** Where a holiday came from. */
public enum HolidaySource {
    /** Computed by {@code review.control.SaudiHolidays} and seeded by the migration. */
    OFFICIAL,
    /** Entered by an admin (an extra day the government announced, an Eid that fell a day later). */
    ADMIN
}
