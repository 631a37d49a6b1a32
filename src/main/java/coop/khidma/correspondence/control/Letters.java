package coop.khidma.correspondence.control;

import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;

import java.util.Locale;
import java.util.function.Function;

/**
 * The frame of every member-facing message, in Arabic and English from the {@code letter.*} keys of the bundles: a
 * greeting with the recipient's name, the body the writing component composes, and the association's closing. Each
 * component composes its own letters with it (intake's {@code RequestLetters}, review's {@code ReviewLetters},
 * membership's {@code MembershipLetters}, volunteering's {@code VolunteerLetters}); pure, knows no requests.
 */
public final class Letters {

    private static final Locale AR = Locales.ARABIC;
    private static final Locale EN = Locales.ENGLISH;

    private Letters() {
    }

    /**
     * A letter about {@code reference}: the subject from {@code key + ".subject"} with the reference as its argument,
     * the body as composed for each language, framed with the greeting to {@code name} and the closing.
     */
    public static Letter write(MessageKind kind, String reference, String name, String key,
                               Function<Locale, String> body) {
        return new Letter(kind, reference,
                Messages.get(AR, key + ".subject", reference), framed(AR, name, body.apply(AR)),
                Messages.get(EN, key + ".subject", reference), framed(EN, name, body.apply(EN)));
    }

    /**
     * A letter whose subject, too, is composed for each language (a meeting's date and a code in it), framed like the
     * others; a subject holds only fixed text and what the writing component puts in, never what anyone typed, since
     * the text message repeats it.
     */
    public static Letter write(MessageKind kind, String reference, String name, Function<Locale, String> subject,
                               Function<Locale, String> body) {
        return new Letter(kind, reference, subject.apply(AR), framed(AR, name, body.apply(AR)),
                subject.apply(EN), framed(EN, name, body.apply(EN)));
    }

    /**
     * A letter to someone who is not a requester (a volunteer), filed under their own reference: the greeting with
     * their name, the body from {@code key + ".body"} with the arguments, the closing; the subject from
     * {@code key + ".subject"}.
     */
    public static Letter toPerson(MessageKind kind, String reference, String name, String key, Object... arguments) {
        return new Letter(kind, reference,
                Messages.get(AR, key + ".subject"), framed(AR, name, Messages.get(AR, key + ".body", arguments)),
                Messages.get(EN, key + ".subject"), framed(EN, name, Messages.get(EN, key + ".body", arguments)));
    }

    private static String framed(Locale locale, String name, String body) {
        return Messages.get(locale, "letter.greeting", name) + "\n\n" + body + "\n\n"
                + Messages.get(locale, "letter.closing");
    }
}
