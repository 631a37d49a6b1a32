package coop.khidma.privacy.boundary;

import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.entity.RequestStatus;

/**
 * A data subject's request as the privacy page works it: its type ({@code DATA_EXPORT}, {@code DATA_CORRECTION},
 * {@code DATA_ERASURE}), where it stands, who filed it, the national ID recorded with it (or {@code null}), the
 * correction asked for (or {@code null}) and whether its right can be carried out now (identity verified).
 */
public record SubjectCase(RequestRef ref, String typeCode, RequestStatus status, String requesterName,
                          String requesterMobile, String nationalId, String correctionAsked, boolean actionable) {
}
