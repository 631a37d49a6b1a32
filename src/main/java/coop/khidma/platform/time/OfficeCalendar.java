package coop.khidma.platform.time;

import java.time.LocalDate;

/**
 * Where a component gets the office's {@link WorkingDays} without depending on the component that keeps the
 * holidays. A transaction gets the holidays as they stand at its first call (the node keeps a copy, checked against
 * the database's calendar stamp), so an administrator's new holiday on any node counts in every transaction after.
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
