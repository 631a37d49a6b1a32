package coop.khidma.reception.boundary;

import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.reception.entity.CounterService;

import java.util.Objects;

/**
 * A counter visit for an open request was served: fired by reception within the staff member's transaction, so that
 * the satisfaction component invites the requester to rate the visit anonymously (issue #15). It carries the
 * counter's service, the request's reference (the invitation is filed under it in the outbox) and the requester as a
 * letter about the request reaches them; the observer stores none of them with the code it issues, and never the
 * ticket, the desk or who served.
 */
public record VisitServed(CounterService service, String reference, Recipient requester) {

    public VisitServed {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(requester, "requester");
    }
}
