package coop.khidma.satisfaction.boundary;

import coop.khidma.satisfaction.entity.Suggestion;

import java.time.Instant;
import java.util.Locale;

/** "You said, we did": an adopted suggestion as everyone may read it, in staff's words, never the visitor's. */
public record Improvement(String youSaidArabic, String youSaidEnglish, String weDidArabic, String weDidEnglish,
                          Instant adoptedAt) {

    static Improvement of(Suggestion adopted) {
        return new Improvement(adopted.summaryArabic(), adopted.summaryEnglish(), adopted.answerArabic(),
                adopted.answerEnglish(), adopted.decidedAt());
    }

    public String youSaid(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? youSaidArabic : youSaidEnglish;
    }

    public String weDid(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? weDidArabic : weDidEnglish;
    }
}
