package coop.khidma.assembly.control;

import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.correspondence.control.Letters;
import coop.khidma.correspondence.control.SmsText;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.time.HijriDates;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The invitation to a General Assembly meeting, in Arabic and English, filed under the meeting's reference
 * ({@code GA-7}). Its subject is the text message ({@code MessageKind.subjectIsTheSms}, within two SMS parts): only the
 * association's fixed words, the meeting's kind, day (as an SMS says it, {@code SmsText.day}), time and the member's
 * check-in code, never what anyone typed; the letter adds
 * the place, the second meeting, the record date, the agenda with the way each item is decided, and how to appoint a
 * proxy. Serves the policy's "reach members by the easiest means" and the bylaws' notice of the assembly.
 */
public final class InvitationLetters {

    private InvitationLetters() {
    }

    /** The invitation to {@code name}, with the {@code code} to check in with. */
    public static Letter invitation(GeneralAssembly assembly, String name, String code) {
        return Letters.write(MessageKind.ASSEMBLY_INVITATION, assembly.subject(), name,
                locale -> Messages.get(locale, "letter.assembly.subject", kind(assembly, locale),
                        SmsText.day(assembly.firstMeetingAt().atZone(HijriDates.RIYADH).toLocalDate(), locale),
                        time(assembly.firstMeetingAt(), locale), code),
                locale -> body(assembly, code, locale));
    }

    private static String body(GeneralAssembly assembly, String code, Locale locale) {
        StringBuilder body = new StringBuilder(Messages.get(locale, "letter.assembly.body", kind(assembly, locale),
                assembly.subject(), day(assembly.firstMeetingAt(), locale), time(assembly.firstMeetingAt(), locale),
                assembly.place()));
        if (assembly.secondMeetingAt() != null) {
            body.append("\n").append(Messages.get(locale, "letter.assembly.second",
                    day(assembly.secondMeetingAt(), locale), time(assembly.secondMeetingAt(), locale)));
        }
        body.append("\n").append(Messages.get(locale, "letter.assembly.recordDate",
                HijriDates.both(assembly.recordDate(), locale)));
        body.append("\n\n").append(Messages.get(locale, "letter.assembly.agenda")).append("\n")
                .append(assembly.agenda().stream().map(item -> line(item, locale)).collect(Collectors.joining("\n")));
        body.append("\n\n").append(Messages.get(locale, "letter.assembly.checkIn", code));
        body.append("\n").append(Messages.get(locale, "letter.assembly.proxy"));
        return body.toString();
    }

    private static String line(AgendaItem item, Locale locale) {
        String title = "ar".equals(locale.getLanguage()) ? item.titleArabic() : item.titleEnglish();
        return Messages.get(locale, "letter.assembly.item", item.position(), title,
                Messages.get(locale, "assembly.rule." + item.decisionRule().name()));
    }

    private static String kind(GeneralAssembly assembly, Locale locale) {
        return Messages.get(locale, "assembly.kind." + assembly.kind().name());
    }

    /** The Riyadh day of {@code at}, Hijri beside Gregorian. */
    public static String day(Instant at, Locale locale) {
        return HijriDates.both(at.atZone(HijriDates.RIYADH).toLocalDate(), locale);
    }

    /** The Riyadh time of day of {@code at}, 24-hour, in the language's digits. */
    public static String time(Instant at, Locale locale) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).withDecimalStyle(DecimalStyle.of(locale))
                .format(at.atZone(HijriDates.RIYADH));
    }

    /**
     * How the invitation's notice (the date, the time and the check-in code) reaches a member who chose
     * {@code preferred} (issue #15): by e-mail when they chose it and an address is known, not at all beside the
     * printed letter when they chose a letter, otherwise by SMS; {@code null} for no notice. The printed letter always
     * follows.
     */
    public static MessageChannel notice(MessageChannel preferred, boolean emailKnown) {
        if (preferred == MessageChannel.LETTER) {
            return null;
        }
        return preferred == MessageChannel.EMAIL && emailKnown ? MessageChannel.EMAIL : MessageChannel.SMS;
    }
}
