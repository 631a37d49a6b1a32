package coop.khidma.satisfaction.entity;

import coop.khidma.audit.entity.Change;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class SuggestionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T07:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aSuggestionIsStudiedThenAdoptedAsAPublicImprovement() {
        Suggestion suggestion = new Suggestion(RatedService.RECEPTION, "  مقاعد أكثر في صالة الانتظار  ", TODAY);
        assertThat(suggestion.status()).isEqualTo(SuggestionStatus.RECEIVED);
        assertThat(suggestion.text()).isEqualTo("مقاعد أكثر في صالة الانتظار");

        Change studied = suggestion.study("salem", NOW);
        assertThat(studied.after()).isEqualTo("STUDYING");
        Change adopted = suggestion.adopt("مقاعد أكثر للانتظار", "More seats while waiting",
                "أضفنا عشرة مقاعد", "We added ten seats", "director", NOW);

        assertThat(adopted.action()).isEqualTo("adopt");
        assertThat(adopted.before()).isEqualTo("STUDYING");
        assertThat(suggestion.status()).isEqualTo(SuggestionStatus.ADOPTED);
        assertThat(suggestion.decidedBy()).isEqualTo("director");
        assertThat(suggestion.answerEnglish()).isEqualTo("We added ten seats");
    }

    @Test
    void theArrivalIsAuditedWithoutTheVisitorsText() {
        Suggestion suggestion = new Suggestion(RatedService.KIOSK, "اتصلوا بي على 0551234567", TODAY);
        assertThat(suggestion.received(NOW).detail()).isEqualTo("KIOSK").doesNotContain("055");
        assertThat(suggestion.received(NOW).actor()).isEqualTo(Change.KIOSK);
    }

    @Test
    void adoptingNeedsWhatWasSaidAndWhatWasDoneInBothLanguages() {
        Suggestion suggestion = new Suggestion(RatedService.RECEPTION, "text", TODAY);
        assertBroken("rule.suggestion.summary", () -> suggestion.adopt("", "said", "did", "did", "d", NOW));
        assertBroken("rule.suggestion.answer", () -> suggestion.adopt("قال", "said", "فعل", " ", "d", NOW));
        assertThat(suggestion.status()).isEqualTo(SuggestionStatus.RECEIVED);
    }

    @Test
    void aDecidedSuggestionStaysDecided() {
        Suggestion suggestion = new Suggestion(RatedService.INQUIRY, "text", TODAY);
        suggestion.decline("خارج صلاحيات الجمعية", "Outside the association's remit", "director", NOW);
        assertThat(suggestion.status()).isEqualTo(SuggestionStatus.DECLINED);
        assertBroken("rule.suggestion.closed", () -> suggestion.adopt("a", "a", "b", "b", "d", NOW));
        assertBroken("rule.suggestion.notReceived", () -> suggestion.study("s", NOW));
    }

    @Test
    void aSuggestionNeedsText() {
        assertBroken("rule.suggestion.text", () -> new Suggestion(RatedService.INQUIRY, "  ", TODAY));
        assertBroken("rule.suggestion.text", () -> new Suggestion(RatedService.INQUIRY, "\u00A0\u00A0", TODAY));
        assertBroken("rule.suggestion.text", () -> new Suggestion(RatedService.INQUIRY, "\u200C", TODAY));
        assertBroken("rule.suggestion.text", () -> new Suggestion(RatedService.INQUIRY, "x".repeat(1001), TODAY));
    }

    @Test
    void aRatingIsAScoreFromOneToFive() {
        assertBroken("rule.rating.score", () -> new Rating(RatedService.KIOSK, RatingChannel.KIOSK, 0, null, TODAY));
        assertBroken("rule.rating.score", () -> new Rating(RatedService.KIOSK, RatingChannel.KIOSK, 6, null, TODAY));
        assertBroken("rule.rating.commentTooLong",
                () -> new Rating(RatedService.KIOSK, RatingChannel.KIOSK, 3, "x".repeat(1001), TODAY));
        assertThat(new Rating(RatedService.KIOSK, RatingChannel.KIOSK, 5, "   ", TODAY).comment()).isNull();
    }
}
