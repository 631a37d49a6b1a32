package coop.khidma.membership.boundary;

import coop.khidma.membership.entity.ShareMovement;
import coop.khidma.membership.entity.ShareMovementKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a member's share register as the member page shows it: the kind, the shares moved (signed) and the
 * shares after, their value at the nominal value in force, the day it counts from, who recorded it and when, the
 * evidence (receipt or board decision), the request and, for a transfer, the other member.
 */
public record ShareLine(ShareMovementKind kind, int shares, int balance, BigDecimal value, LocalDate effectiveOn,
                        Instant recordedAt, String recordedBy, String evidence, String requestReference,
                        String counterpart) {

    static ShareLine of(ShareMovement movement, BigDecimal nominalValue) {
        return new ShareLine(movement.kind(), movement.shares(), movement.balance(),
                nominalValue.multiply(BigDecimal.valueOf(movement.shares())), movement.effectiveOn(),
                movement.recordedAt(), movement.recordedBy(), movement.evidence(), movement.requestReference(),
                movement.counterpart());
    }
}
