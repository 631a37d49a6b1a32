package coop.khidma.review.control;

import coop.khidma.correspondence.control.Letters;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.LocalDate;

/**
 * What the committee's side writes to the requester of {@code reference} (greeted by {@code name}), in Arabic and
 * English with dates in Hijri (Umm al-Qura) and Gregorian: the hand-over with the date the decision comes by, and the
 * decision itself.
 */
public final class ReviewLetters {

    private ReviewLetters() {
    }

    /** Handed to the research committee (policy item 4): the date by which the member hears its decision. */
    public static Letter underReview(String reference, String name, LocalDate handedOverOn,
                                     LocalDate expectedDecision) {
        return Letters.write(MessageKind.UNDER_REVIEW, reference, name, "letter.review", locale ->
                Messages.get(locale, "letter.review.body", reference, HijriDates.both(handedOverOn, locale),
                        HijriDates.both(expectedDecision, locale)));
    }

    /**
     * The committee's decision; a rejection carries its reasons in each language, and an accepted membership
     * application ({@code application}) says that registration follows.
     */
    public static Letter decision(String reference, String name, boolean application, boolean accepted,
                                  String reasonArabic, String reasonEnglish, LocalDate decidedOn) {
        String key = accepted ? "letter.accepted" : "letter.rejected";
        return Letters.write(MessageKind.DECISION, reference, name, key, locale -> {
            String reason = locale == Locales.ARABIC ? reasonArabic : reasonEnglish;
            String text = Messages.get(locale, key + ".body", reference, HijriDates.both(decidedOn, locale),
                    reason == null ? "" : reason);
            return accepted && application
                    ? text + "\n\n" + Messages.get(locale, "letter.accepted.application") : text;
        });
    }
}
