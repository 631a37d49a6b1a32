package coop.khidma.intake.boundary;

import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.intake.entity.Channel;

import java.util.Objects;

/**
 * A request was closed (answered or resolved, registration completed, rejected by the committee) and its requester
 * told so: fired by intake within the closing's transaction, after the letter that tells it was queued, so that the
 * satisfaction component invites the requester to rate the service anonymously (issue #15). It carries the
 * reference (the invitation is filed under it in the outbox), the requester as the closing letter reached them, the
 * request's type and the channel it came by; the observer stores none of them with the code it issues.
 */
public record RequestClosed(String reference, Recipient requester, String typeCode, Channel channel) {

    public RequestClosed {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(channel, "channel");
    }
}
