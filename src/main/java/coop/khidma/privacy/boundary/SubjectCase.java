package coop.khidma.privacy.boundary;

import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.personaldata.CorrectionField;

import java.time.Instant;

/**
 * A data subject's request as the privacy page works it: its type ({@code DATA_EXPORT}, {@code DATA_CORRECTION},
 * {@code DATA_ERASURE}), where it stands, who filed it, the national ID recorded with it (or {@code null}), the
 * correction asked for (or {@code null}), whether its right can be carried out now (identity verified) and the
 * correction or erasure waiting for a supervisor's approval (or {@code null}).
 */
public record SubjectCase(RequestRef ref, String typeCode, RequestStatus status, String requesterName,
                          String requesterMobile, String nationalId, String correctionAsked, boolean actionable,
                          Waiting waiting) {

    /** A proposal waiting for approval: {@code CORRECTION} (with the field and value) or {@code ERASURE}. */
    public record Waiting(String kind, CorrectionField field, String value, String nationalId, String proposedBy,
                          Instant proposedAt) {
    }
}
