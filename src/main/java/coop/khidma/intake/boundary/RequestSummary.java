package coop.khidma.intake.boundary;

import coop.khidma.intake.entity.RequestKey;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.ServiceRequest;

/**
 * A request as other components read it from {@link RequestProgress}: what it is and where it stands, never the
 * aggregate to change. {@link #key()} is what their own records keep of it.
 */
public record RequestSummary(Long id, String reference, String typeCode, RequestStatus status,
                             boolean needsCommittee, boolean application) {

    static RequestSummary of(ServiceRequest request) {
        return new RequestSummary(request.id(), request.reference(), request.typeCode(), request.status(),
                request.needsCommittee(), request.isApplication());
    }

    public RequestKey key() {
        return new RequestKey(id, reference, status);
    }
}
