package coop.khidma.review.boundary;

import coop.khidma.platform.time.OfficeCalendar;
import coop.khidma.platform.time.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The office's working days for other components (intake's answer dates): the committee's calendar as it stands now. */
@ApplicationScoped
public class OfficeDays implements OfficeCalendar {

    @Inject
    Calendars calendars;

    @Override
    public WorkingDays workingDays() {
        return calendars.calendar();
    }
}
