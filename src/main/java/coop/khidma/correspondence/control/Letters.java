package coop.khidma.correspondence.control;

import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.person.EmailAddress;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Composes every member-facing message in Arabic and English from the {@code letter.*} keys of the {@code i18n/ui}
 * bundles: a greeting with the requester's name, the body, and the association's closing. Dates carry Hijri (Umm
 * al-Qura) and Gregorian ({@link HijriDates#both}). Pure: the boundary only queues the result with {@link #toMember}.
 */
public final class Letters {

    private static final Locale AR = Locales.ARABIC;
    private static final Locale EN = Locales.ENGLISH;

    private Letters() {
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

    /** Handed to the research committee (policy item 4): the date by which the member hears its decision. */
    public static Letter underReview(ServiceRequest request, LocalDate handedOverOn, LocalDate expectedDecision) {
        return letter(MessageKind.UNDER_REVIEW, request, "letter.review", locale ->
                Messages.get(locale, "letter.review.body", request.reference(), HijriDates.both(handedOverOn, locale),
                        HijriDates.both(expectedDecision, locale)));
    }

    /** The committee's decision; a rejection carries its reasons in each language. */
    public static Letter decision(ServiceRequest request, boolean accepted, String reasonArabic, String reasonEnglish,
                                  LocalDate decidedOn) {
        String key = accepted ? "letter.accepted" : "letter.rejected";
        return letter(MessageKind.DECISION, request, key, locale -> {
            String reason = locale == AR ? reasonArabic : reasonEnglish;
            String text = Messages.get(locale, key + ".body", request.reference(), HijriDates.both(decidedOn, locale),
                    reason == null ? "" : reason);
            return accepted && request.isApplication()
                    ? text + "\n\n" + Messages.get(locale, "letter.accepted.application") : text;
        });
    }

    /** The answer to an inquiry, or what was done ({@link ServiceRequest#outcome()}). */
    public static Letter answer(ServiceRequest request) {
        return letter(MessageKind.ANSWER, request, "letter.answer", locale ->
                Messages.get(locale, "letter.answer.body", request.reference(), request.outcome()));
    }

    /** Registration completed (policy item 5): the membership number. */
    public static Letter registrationCompleted(ServiceRequest request, String membershipNumber, LocalDate on) {
        return letter(MessageKind.REGISTRATION_COMPLETED, request, "letter.registered", locale ->
                Messages.get(locale, "letter.registered.body", membershipNumber, HijriDates.both(on, locale)));
    }

    /**
     * A letter to someone who is not a requester (a volunteer): the greeting with their name, the body from
     * {@code key + ".body"} with the arguments, the closing; the subject from {@code key + ".subject"}.
     */
    public static Letter toPerson(MessageKind kind, String name, String key, Object... arguments) {
        return new Letter(kind,
                Messages.get(AR, key + ".subject"), framed(AR, name, Messages.get(AR, key + ".body", arguments)),
                Messages.get(EN, key + ".subject"), framed(EN, name, Messages.get(EN, key + ".body", arguments)));
    }

    /**
     * The letter queued for the requester by the channel that answers the request's channel
     * ({@link MessageChannel#answering}): e-mail goes to the applicant's or member's address when one is known.
     */
    public static Message toMember(ServiceRequest request, Letter letter, Instant at) {
        EmailAddress email = request.applicant() != null && request.applicant().email() != null
                ? request.applicant().email() : request.member() != null ? request.member().email() : null;
        MessageChannel channel = MessageChannel.answering(request.channel(), email != null);
        return Message.queue(request.reference(), letter, channel, request.requester().mobile(), email, at);
    }

    private static Letter letter(MessageKind kind, ServiceRequest request, String key,
                                 Function<Locale, String> body) {
        return new Letter(kind,
                Messages.get(AR, key + ".subject", request.reference()), framed(AR, request, body.apply(AR)),
                Messages.get(EN, key + ".subject", request.reference()), framed(EN, request, body.apply(EN)));
    }

    private static String framed(Locale locale, ServiceRequest request, String body) {
        return framed(locale, request.requester().name(), body);
    }

    private static String framed(Locale locale, String name, String body) {
        return Messages.get(locale, "letter.greeting", name) + "\n\n" + body + "\n\n"
                + Messages.get(locale, "letter.closing");
    }

    private static String typeName(RequestType type, Locale locale) {
        return locale == AR ? type.nameArabic() : type.nameEnglish();
    }
}
