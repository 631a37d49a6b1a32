package coop.khidma.review.control;

import coop.khidma.correspondence.control.Letters;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the committee's side writes to the requester of {@code reference} (greeted by {@code name}), in Arabic and
 * English with dates in Hijri (Umm al-Qura) and Gregorian: the hand-over with the committee's window (not before the
 * floor, no later than the ceiling: the policy's "not less than two weeks"), and the decision itself — saying so when
 * it came before the floor by the board's exception.
 */
public final class ReviewLetters {

    private ReviewLetters() {
    }

    /**
     * Handed to the research committee (policy item 4): the period of not less than two weeks, as the dates of its
     * window — no decision before {@code earliestDecision}, the member hears it by {@code expectedDecision}.
     */
    public static Letter underReview(String reference, String name, LocalDate handedOverOn,
                                     LocalDate earliestDecision, LocalDate expectedDecision) {
        return Letters.write(MessageKind.UNDER_REVIEW, reference, name, "letter.review", locale ->
                Messages.get(locale, "letter.review.body", reference, HijriDates.both(handedOverOn, locale),
                        HijriDates.both(earliestDecision, locale), HijriDates.both(expectedDecision, locale)));
    }

    /**
     * The committee's clock stopped on {@code from}: the request waits on the member, for what staff wrote
     * ({@code reason}, in the letter only, never in an SMS); the decision date moves once they answer.
     */
    public static Letter clockStopped(String reference, String name, LocalDate from, String reason) {
        return Letters.write(MessageKind.CLOCK_STOPPED, reference, name, "letter.clockStopped", locale ->
                Messages.get(locale, "letter.clockStopped.body", reference, HijriDates.both(from, locale), reason));
    }

    /** The committee's clock runs again from {@code on}: the member hears the decision by {@code expectedDecision}. */
    public static Letter clockResumed(String reference, String name, LocalDate on, LocalDate expectedDecision) {
        return Letters.write(MessageKind.CLOCK_RESUMED, reference, name, "letter.clockResumed", locale ->
                Messages.get(locale, "letter.clockResumed.body", reference, HijriDates.both(on, locale),
                        HijriDates.both(expectedDecision, locale)));
    }

    /**
     * The committee's decision; a rejection carries its reasons in each language, a decision taken before the floor
     * under an exception ({@code early}, else {@code null}) says so with the board's decision and its reason, and an
     * accepted membership application ({@code application}) says that registration follows.
     */
    public static Letter decision(String reference, String name, boolean application, boolean accepted,
                                  String reasonArabic, String reasonEnglish, LocalDate decidedOn,
                                  EarlyDecision early) {
        String key = accepted ? "letter.accepted" : "letter.rejected";
        return Letters.write(MessageKind.DECISION, reference, name, key, locale -> {
            String reason = locale == Locales.ARABIC ? reasonArabic : reasonEnglish;
            String text = Messages.get(locale, key + ".body", reference, HijriDates.both(decidedOn, locale),
                    reason == null ? "" : reason);
            if (early != null) {
                text += "\n\n" + Messages.get(locale, "letter.decision.exception", HijriDates.both(early.floor(), locale),
                        early.boardReference(), early.reason());
            }
            return accepted && application
                    ? text + "\n\n" + Messages.get(locale, "letter.accepted.application") : text;
        });
    }

    /** A decision taken before {@code floor} by the exception the board's decision {@code boardReference} allowed. */
    public record EarlyDecision(LocalDate floor, String boardReference, String reason) {

        public EarlyDecision {
            Objects.requireNonNull(floor, "floor");
            Objects.requireNonNull(boardReference, "boardReference");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
