package coop.khidma.escalation.control;

import coop.khidma.correspondence.control.Letters;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the escalation component writes to the member, in Arabic and English with the date in Hijri (Umm al-Qura)
 * beside Gregorian: the higher authority's answer to the question their request was referred up with. It speaks for
 * "the higher authority" of the association and never names who answered, not even their level.
 */
public final class ReferralLetters {

    private ReferralLetters() {
    }

    /** The answer to the referral of request {@code reference}, given on {@code answeredAt}, to {@code name}. */
    public static Letter answered(String reference, String name, String answer, Instant answeredAt) {
        LocalDate on = answeredAt.atZone(HijriDates.RIYADH).toLocalDate();
        return Letters.write(MessageKind.REFERRAL_ANSWERED, reference, name, "letter.referralAnswered", locale ->
                Messages.get(locale, "letter.referralAnswered.body", reference, HijriDates.both(on, locale), answer));
    }
}
