package coop.khidma.platform.time;

import java.time.LocalDate;

/**
 * Where a component gets the office's {@link WorkingDays} without depending on the component that keeps the
 * holidays. Each call reads the holidays as they stand now, so an administrator's new holiday counts at once.
 */
public interface OfficeCalendar {

    WorkingDays workingDays();

    /**
     * The working days, read from the calendar the first time something is counted with them and then kept for the
     * one answer being built: a page of requests that owes nothing, or only steps already overdue, reads no calendar.
     */
    default WorkingDays whenCounted() {
        return new WorkingDays() {
            private WorkingDays read;

            @Override
            public LocalDate addWorkingDays(LocalDate day, int n) {
                if (read == null) {
                    read = workingDays();
                }
                return read.addWorkingDays(day, n);
            }
        };
    }
}
