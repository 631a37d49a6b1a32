package coop.khidma.intake.control;

import coop.khidma.platform.time.WorkingDays;

import java.time.LocalDate;

/**
 * How near the day is by which the association owes a member its next step: past it (overdue), today or within the
 * next {@value #SOON_WORKING_DAYS} working days (due soon), later (on time), or nothing owed (waiting on the member,
 * or closed).
 */
public enum Urgency {
    NONE, ON_TIME, DUE_SOON, OVERDUE;

    /** "Due soon" reaches this many working days past today. */
    public static final int SOON_WORKING_DAYS = 2;

    public static Urgency of(LocalDate due, LocalDate today, WorkingDays days) {
        if (due == null) {
            return NONE;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return due.isAfter(soonUntil(today, days)) ? ON_TIME : DUE_SOON;
    }

    /** The last day that still counts as due soon. */
    public static LocalDate soonUntil(LocalDate today, WorkingDays days) {
        return days.addWorkingDays(today, SOON_WORKING_DAYS);
    }
}
