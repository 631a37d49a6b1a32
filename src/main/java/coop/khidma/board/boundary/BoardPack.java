package coop.khidma.board.boundary;

import coop.khidma.escalation.control.Referrals;
import coop.khidma.intake.control.Ageing;
import coop.khidma.intake.control.Promises;
import coop.khidma.intake.control.Volume;
import coop.khidma.platform.time.DayRange;
import coop.khidma.reception.control.ReceptionHours;
import coop.khidma.review.control.CommitteeWork;
import coop.khidma.satisfaction.control.RatingFigures;

import java.util.List;

/**
 * One month's board pack: the volume (1), promises kept (2), the committee (3), referrals (4), the backlog as it stands
 * on the day the pack is made (5), the reception counter (6) and satisfaction per service (7).
 */
public record BoardPack(DayRange month, Volume volume, Promises promises, CommitteeWork committee, Referrals referrals,
                        Ageing backlog, ReceptionHours reception, List<RatingFigures.Group> satisfaction) {
}
