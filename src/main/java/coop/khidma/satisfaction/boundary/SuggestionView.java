package coop.khidma.satisfaction.boundary;

import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.Suggestion;
import coop.khidma.satisfaction.entity.SuggestionStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A suggestion as staff work it, with the version their change is made against. */
public record SuggestionView(long id, RatedService service, String text, SuggestionStatus status,
                             LocalDate receivedOn, String summaryArabic, String summaryEnglish, String answerArabic,
                             String answerEnglish, String decidedBy, Instant decidedAt, long version) {

    static SuggestionView of(Suggestion suggestion) {
        return new SuggestionView(suggestion.id(), suggestion.service(), suggestion.text(), suggestion.status(),
                suggestion.receivedOn(), suggestion.summaryArabic(), suggestion.summaryEnglish(),
                suggestion.answerArabic(), suggestion.answerEnglish(), suggestion.decidedBy(), suggestion.decidedAt(),
                suggestion.version());
    }

    public Ref ref() {
        return new Ref(id, version);
    }

    /** A suggestion as the staff member saw it. */
    public record Ref(long id, long version) {
    }
}
