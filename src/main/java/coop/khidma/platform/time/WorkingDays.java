package coop.khidma.platform.time;

import java.time.LocalDate;

/**
 * The office's working days: Sunday to Thursday, less the official and announced holidays. Components that promise a
 * member a date in working days (an answer, a decision) count with it; the review component keeps the holidays and
 * provides it through {@link OfficeCalendar}.
 */
public interface WorkingDays {

    /** The n-th working day after {@code day} ({@code day} itself when n is 0). */
    LocalDate addWorkingDays(LocalDate day, int n);

    /** How many working days after {@code from} up to {@code to}: 0 on the same day or when {@code to} is earlier. */
    default int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += addWorkingDays(day.minusDays(1), 1).equals(day) ? 1 : 0;
        }
        return count;
    }
}
