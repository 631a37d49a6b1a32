package coop.khidma.intake.boundary;

import coop.khidma.intake.control.Urgency;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the staff inbox, with the day the member's next step is due and how near it is. */
public record InboxRow(String reference, String typeCode, Channel channel, RequestStatus status,
                       String requesterName, Instant submittedAt, LocalDate dueOn, Urgency urgency) {

    /** As the query reads it; {@link #flagged} adds the urgency. */
    public InboxRow(String reference, String typeCode, Channel channel, RequestStatus status, String requesterName,
                    Instant submittedAt, LocalDate dueOn) {
        this(reference, typeCode, channel, status, requesterName, submittedAt, dueOn, Urgency.NONE);
    }

    InboxRow flagged(Urgency flag) {
        return new InboxRow(reference, typeCode, channel, status, requesterName, submittedAt, dueOn, flag);
    }
}
