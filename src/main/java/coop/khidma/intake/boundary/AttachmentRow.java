package coop.khidma.intake.boundary;

import java.time.Instant;

/** A paper kept with a request, as the request page lists it (the file itself is fetched on demand). */
public record AttachmentRow(Long id, String fileName, String contentType, int sizeBytes, String sha256,
                            String uploadedBy, Instant uploadedAt) {
}
