package coop.khidma.intake.boundary;

import coop.khidma.intake.control.Urgency;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a staff member asks the inbox for: statuses (none = all), a type, a channel, how near the due day is
 * ({@link Urgency#OVERDUE} or {@link Urgency#DUE_SOON}; {@code null} = any), and one search box that takes a
 * reference, a national ID, a mobile number (Arabic-Indic digits welcome) or a name (Arabic matched with or without
 * diacritics). The box is read by {@link #search()}; the inbox never guesses beyond these four.
 */
public record InboxQuery(Set<RequestStatus> statuses, String typeCode, Channel channel, String text,
                         Urgency urgency) {

    /** Arabic harakat (fathatan … sukun), the superscript alef and the tatweel: written or not, the same name. */
    public static final String DIACRITICS = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640";
    private static final Pattern REFERENCE = Pattern.compile("\\d{4}-\\d{1,6}");
    private static final Pattern TEN_DIGITS = Pattern.compile("[12]\\d{9}");

    /** How the inbox is sorted; the newest first unless the staff member picks a column. */
    public enum Sort {
        SUBMITTED, REFERENCE, STATUS, TYPE, CHANNEL, REQUESTER, DUE
    }

    /** What the search box was read as, with the value to look for. */
    public enum SearchKind {
        NONE, REFERENCE, NATIONAL_ID, MOBILE, NAME
    }

    public record Search(SearchKind kind, String value) {
    }

    public InboxQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Any due day. */
    public InboxQuery(Set<RequestStatus> statuses, String typeCode, Channel channel, String text) {
        this(statuses, typeCode, channel, text, null);
    }

    public static InboxQuery all() {
        return new InboxQuery(Set.of(), null, null, null);
    }

    public Search search() {
        String typed = text == null ? "" : Digits.toAscii(text.strip());
        if (typed.isEmpty()) {
            return new Search(SearchKind.NONE, null);
        }
        if (REFERENCE.matcher(typed).matches()) {
            return new Search(SearchKind.REFERENCE, typed);
        }
        String digits = typed.replaceAll("[\\s\\-]", "");
        if (TEN_DIGITS.matcher(digits).matches()) {
            try {
                return new Search(SearchKind.NATIONAL_ID, NationalId.parse(digits).value());
            } catch (DomainException notAnId) {
                // ten digits that are no valid ID: read on as a mobile or a name
            }
        }
        if (digits.matches("[+0-9]{9,14}")) {
            try {
                return new Search(SearchKind.MOBILE, SaudiMobile.parse(digits).value());
            } catch (DomainException notAMobile) {
                // digits that are no mobile either: searched as typed in the names
            }
        }
        return new Search(SearchKind.NAME, plain(typed));
    }

    /** The text without Arabic diacritics and tatweel, blanks collapsed. */
    public static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (DIACRITICS.indexOf(c) < 0) {
                plain.append(c);
            }
        }
        return plain.toString().strip().replaceAll("\\s+", " ");
    }
}
