package coop.khidma.assembly.control;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.WorkingDays;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The notice the bylaws require before a General Assembly meets: {@code days} calendar days, or {@code days} Saudi
 * working days (Sunday to Thursday, less the office's holidays) when {@code inWorkingDays}. Counting starts on the
 * day after the invitation; the notice is complete on the {@code days}-th (working) day after it, and the meeting may
 * be held on that day or later. Members are invited no later than {@link #latestInvitationDay} before the meeting.
 */
public record NoticePeriod(int days, boolean inWorkingDays) {

    public NoticePeriod {
        if (days < 0) {
            throw new DomainException("rule.assemblyRules.notice", 0);
        }
    }

    /** The day the notice of an invitation sent on {@code invited} is complete: the earliest day the meeting may be held. */
    public LocalDate completeOn(LocalDate invited, WorkingDays calendar) {
        return inWorkingDays ? calendar.addWorkingDays(invited, days) : invited.plusDays(days);
    }

    /** The last day on which members may be invited to a meeting on {@code meetingDay} with full notice. */
    public LocalDate latestInvitationDay(LocalDate meetingDay, WorkingDays calendar) {
        LocalDate day = meetingDay.minusDays(days);
        while (completeOn(day, calendar).isAfter(meetingDay)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * A meeting on {@code meetingDay}, scheduled (or invited to) {@code today}, leaves members the full notice — or the
     * bylaws let it be held inside it ({@code insideAllowed}). Breaks {@code rule.assembly.insideNotice} with the notice
     * in days and the earliest day the meeting could be held.
     */
    public void requireRespected(LocalDate today, LocalDate meetingDay, boolean insideAllowed, WorkingDays calendar) {
        Objects.requireNonNull(meetingDay, "meetingDay");
        LocalDate earliest = completeOn(today, calendar);
        if (!insideAllowed && meetingDay.isBefore(earliest)) {
            throw new DomainException(inWorkingDays ? "rule.assembly.insideNoticeWorking" : "rule.assembly.insideNotice",
                    days, earliest.toString());
        }
    }
}
