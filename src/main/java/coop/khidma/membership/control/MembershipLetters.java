package coop.khidma.membership.control;

import coop.khidma.correspondence.control.Letters;
import coop.khidma.correspondence.control.SmsText;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.LocalDate;

/** What membership writes to a new member, in Arabic and English with the date in Hijri and Gregorian. */
public final class MembershipLetters {

    private MembershipLetters() {
    }

    /**
     * Registration completed (policy item 5): the membership number, to the applicant greeted by {@code name}, filed
     * under the application's {@code reference}. Its subject is its text message ({@code MessageKind.subjectIsTheSms}):
     * the membership number, the day and where the certificate is, within two SMS parts.
     */
    public static Letter registrationCompleted(String reference, String name, String membershipNumber, LocalDate on) {
        return Letters.write(MessageKind.REGISTRATION_COMPLETED, reference, name,
                locale -> Messages.get(locale, "letter.registered.sms", membershipNumber, SmsText.day(on, locale)),
                locale -> Messages.get(locale, "letter.registered.body", membershipNumber, HijriDates.both(on, locale)));
    }
}
