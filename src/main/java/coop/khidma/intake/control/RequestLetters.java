package coop.khidma.intake.control;

import coop.khidma.correspondence.control.Letters;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.person.EmailAddress;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What intake writes to the requester, in Arabic and English with dates in Hijri (Umm al-Qura) and Gregorian: the
 * acknowledgement, the missing items, the answer; and to whom and by which channel any letter about a request goes
 * ({@link #recipient}), for the components that write about requests too.
 */
public final class RequestLetters {

    private static final Locale AR = Locales.ARABIC;

    private RequestLetters() {
    }

    /** The request was received (policy item 1); for committee types, says the expected date follows after verification. */
    public static Letter acknowledgement(ServiceRequest request) {
        LocalDate on = request.submittedAt().atZone(HijriDates.RIYADH).toLocalDate();
        return letter(MessageKind.ACKNOWLEDGEMENT, request, "letter.acknowledgement", locale -> {
            String text = Messages.get(locale, "letter.acknowledgement.body", request.reference(),
                    typeName(request.type(), locale), HijriDates.both(on, locale));
            return request.needsCommittee()
                    ? text + "\n\n" + Messages.get(locale, "letter.acknowledgement.committee") : text;
        });
    }

    /** The request was returned (policy item 2): each missing item with its label and the reason. */
    public static Letter missingItems(ServiceRequest request) {
        List<ItemVerification> missing = request.missingItems();
        return letter(MessageKind.MISSING_ITEMS, request, "letter.missing", locale ->
                Messages.get(locale, "letter.missing.body", request.reference()) + "\n"
                        + missing.stream().map(item -> Messages.get(locale, "letter.missing.item",
                                locale == AR ? item.labelArabic() : item.labelEnglish(), item.missingReason()))
                        .collect(Collectors.joining("\n"))
                        + "\n\n" + Messages.get(locale, "letter.missing.resume", request.reference()));
    }

    /** The answer to an inquiry, or what was done ({@link ServiceRequest#outcome()}). */
    public static Letter answer(ServiceRequest request) {
        return letter(MessageKind.ANSWER, request, "letter.answer", locale ->
                Messages.get(locale, "letter.answer.body", request.reference(), request.outcome()));
    }

    /**
     * The requester, reached by the channel they chose, else the one that answers the request's channel
     * ({@link #chosen}): e-mail goes to
     * the applicant's address when one is known. For a request not linked to a member (all but a completed
     * membership application).
     */
    public static Recipient recipient(ServiceRequest request) {
        return recipient(request, null);
    }

    /**
     * The same for a request linked to a member: without the applicant's address, e-mail goes to the member's
     * ({@code memberEmail}, as membership gives it with the member; {@code null} when none is known).
     */
    public static Recipient recipient(ServiceRequest request, EmailAddress memberEmail) {
        EmailAddress email = request.applicant() != null && request.applicant().email() != null
                ? request.applicant().email() : memberEmail;
        return new Recipient(request.requester().name(), request.requester().mobile(), email,
                chosen(request.preferredChannel(), request.channel(), email != null));
    }

    /**
     * The channel the requester chose ({@code preferred}: SMS, e-mail, or a letter printed at the counter), for every
     * letter about the request; e-mail only while an address is known. Not chosen (or e-mail without an address): the
     * channel that answers the way the request came ({@link #answering}) — the default, so that nobody who did not
     * choose hears differently than before.
     */
    public static MessageChannel chosen(MessageChannel preferred, Channel came, boolean emailKnown) {
        if (preferred == MessageChannel.SMS || preferred == MessageChannel.LETTER
                || preferred == MessageChannel.EMAIL && emailKnown) {
            return preferred;
        }
        return answering(came, emailKnown);
    }

    /**
     * The channel that answers a request the way it came: a letter for letters and in-person interviews, e-mail for
     * the website (when an address is known), otherwise SMS to the mobile every request carries.
     */
    public static MessageChannel answering(Channel channel, boolean emailKnown) {
        return switch (channel) {
            case LETTER, IN_PERSON -> MessageChannel.LETTER;
            case WEBSITE, SOCIAL_MEDIA -> emailKnown ? MessageChannel.EMAIL : MessageChannel.SMS;
            case PHONE, HELP_REQUEST, VOLUNTEERING, KIOSK -> MessageChannel.SMS;
        };
    }

    private static Letter letter(MessageKind kind, ServiceRequest request, String key, Function<Locale, String> body) {
        return Letters.write(kind, request.reference(), request.requester().name(), key, body);
    }

    private static String typeName(RequestType type, Locale locale) {
        return locale == AR ? type.nameArabic() : type.nameEnglish();
    }
}
