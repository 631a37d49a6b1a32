package coop.khidma.review.boundary;

import coop.khidma.review.entity.Decision;

import java.time.LocalDate;
import java.util.List;

/**
 * One undecided item on the committee's agenda: when it was handed over, the first day it may be decided
 * ({@code earliestDecision}, the floor) and the day the member was told ({@code expectedDecision}, the ceiling) —
 * both {@code null} while the clock is paused — whether it is overdue, whether an early decision is allowed by an
 * exception (and the board's decision that allows it), and each stop of its clock.
 */
public record AgendaRow(Long id, String reference, String typeCode, LocalDate handedOverOn,
                        LocalDate earliestDecision, LocalDate expectedDecision, boolean paused, Decision lastDecision,
                        int deferrals, boolean overdue, boolean floorOverridden, String exceptionBoardReference,
                        List<CommitteeWindow.Stop> stops) {
}
