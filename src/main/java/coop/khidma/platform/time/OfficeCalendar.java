package coop.khidma.platform.time;

/**
 * Where a component gets the office's {@link WorkingDays} without depending on the component that keeps the
 * holidays. Each call reads the holidays as they stand now, so an administrator's new holiday counts at once.
 */
public interface OfficeCalendar {

    WorkingDays workingDays();
}
