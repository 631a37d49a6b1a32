package coop.khidma.correspondence.entity;

import java.util.Objects;

/**
 * A composed message in both languages, before it is queued, and the reference it is filed under (a request's
 * reference, a volunteer's {@code VOL-…}): what each component composes with {@code correspondence.control.Letters}.
 */
public record Letter(MessageKind kind, String reference, String subjectArabic, String bodyArabic,
                     String subjectEnglish, String bodyEnglish) {

    public Letter {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(subjectArabic);
        Objects.requireNonNull(bodyArabic);
        Objects.requireNonNull(subjectEnglish);
        Objects.requireNonNull(bodyEnglish);
    }
}
