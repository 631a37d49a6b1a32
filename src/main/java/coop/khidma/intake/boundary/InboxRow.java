package coop.khidma.intake.boundary;

import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;

import java.time.Instant;

/** One line of the staff inbox. */
public record InboxRow(String reference, String typeCode, Channel channel, RequestStatus status,
                       String requesterName, Instant submittedAt) {
}
