package coop.khidma.board.boundary;

import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.intake.boundary.BacklogFigures;
import coop.khidma.intake.boundary.ChannelFigures;
import coop.khidma.intake.boundary.PromiseFigures;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import coop.khidma.reception.boundary.ReceptionFigures;
import coop.khidma.review.boundary.CommitteeFigures;
import coop.khidma.satisfaction.boundary.Ratings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The monthly board pack for the executive director and the administrators (not supervisors: the pack is what goes to
 * the board): each component's figures for one whole Hijri or Gregorian month, each counted by that component's
 * boundary with its aggregate queries (those figures admit administrators too, for this pack; the reports page itself is
 * for supervisors and the director).
 */
@Stateless
@RolesAllowed({Roles.DIRECTOR, Roles.ADMIN})
public class BoardPacks {

    @Inject
    ChannelFigures channels;

    @Inject
    PromiseFigures promises;

    @Inject
    CommitteeFigures committee;

    @Inject
    Escalations escalations;

    @Inject
    BacklogFigures backlog;

    @Inject
    ReceptionFigures reception;

    @Inject
    Ratings ratings;

    /** The pack of {@code month}; breaks {@code rule.report.boardPackMonth} unless it is a whole month of either calendar. */
    public BoardPack pack(DayRange month) {
        if (month == null || !month.isWholeMonth()) {
            throw new DomainException("rule.report.boardPackMonth");
        }
        return new BoardPack(month, channels.volume(month), promises.promises(month), committee.committee(month),
                escalations.referrals(month), backlog.ageing(), reception.reception(month), ratings.byService(month));
    }
}
