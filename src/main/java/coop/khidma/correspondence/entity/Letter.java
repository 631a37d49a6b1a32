package coop.khidma.correspondence.entity;

import java.util.Objects;

/** A composed message in both languages, before it is queued: what {@code correspondence.control.Letters} makes. */
public record Letter(MessageKind kind, String subjectArabic, String bodyArabic, String subjectEnglish,
                     String bodyEnglish) {

    public Letter {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subjectArabic);
        Objects.requireNonNull(bodyArabic);
        Objects.requireNonNull(subjectEnglish);
        Objects.requireNonNull(bodyEnglish);
    }
}
