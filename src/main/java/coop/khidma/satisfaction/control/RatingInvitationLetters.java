package coop.khidma.satisfaction.control;

import coop.khidma.correspondence.control.Letters;
import coop.khidma.correspondence.control.SmsText;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.LocalDate;

/**
 * The invitation to rate the service (issue #15), in Arabic and English: its subject is the SMS ({@code
 * sms.RATING_INVITATION}: the code and where to use it, within two parts), its body says the same with the last day in
 * Hijri and Gregorian and that the rating keeps no name. Only fixed words and the code: never what anyone typed. Pure.
 */
public final class RatingInvitationLetters {

    private RatingInvitationLetters() {
    }

    /** The letter inviting {@code name}, whose request {@code reference} was closed or visit served, to rate. */
    public static Letter invitation(String reference, String name, String code, LocalDate lastDay) {
        String shown = RatingCode.shown(code);
        return Letters.write(MessageKind.RATING_INVITATION, reference, name,
                locale -> Messages.get(locale, "sms.RATING_INVITATION", shown, RatingCode.VALID_DAYS),
                locale -> Messages.get(locale, "letter.ratingInvitation.body", reference, shown,
                        HijriDates.both(lastDay, locale)));
    }

    /** The SMS the invitation makes (its subjects, see {@link SmsText#of}). */
    public static String sms(Letter letter) {
        return SmsText.of(letter.kind(), letter.reference(), null, letter.subjectArabic(), letter.subjectEnglish());
    }

    /**
     * How the invitation reaches the requester: as the letter that closed the request did, except that one who was
     * answered on paper is texted when a mobile is known (a code is for typing at the kiosk or on the website soon,
     * not for a letter waiting at the counter).
     */
    public static Recipient to(Recipient requester) {
        return requester.channel() == MessageChannel.LETTER && requester.mobile() != null
                ? new Recipient(requester.name(), requester.mobile(), requester.email(), MessageChannel.SMS)
                : requester;
    }
}
