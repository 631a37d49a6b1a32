package coop.khidma.platform.time;

/**
 * Where a component gets the office's {@link WorkingDays} without depending on the component that keeps the
 * holidays. A transaction gets the holidays as they stand at its first call (the node keeps a copy, checked against
 * the database's calendar stamp), so an administrator's new holiday on any node counts in every transaction after.
 */
public interface OfficeCalendar {

    WorkingDays workingDays();
}
