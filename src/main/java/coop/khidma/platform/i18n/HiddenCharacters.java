package coop.khidma.platform.i18n;

import java.util.Optional;

/**
 * Characters that have no place in what a person types into a form, because they hide or reorder what others will
 * read (ASVS 5.0, 1.2 and 2.2): control characters (NUL and the like; in a one-line field also line breaks and
 * tabs), the bidirectional overrides and isolates U+202A–U+202E and U+2066–U+2069 (which can make a name or a
 * reference read differently than it is stored), surrogates that pair with nothing, and code points Unicode has not
 * assigned. Joiners (U+200C, U+200D) and the plain direction marks (U+200E, U+200F) stay: Arabic and Persian typing
 * uses them.
 */
public final class HiddenCharacters {

    private HiddenCharacters() {
    }

    /** The broken rule's key ({@code rule.text.control}, {@code rule.text.bidi}, {@code rule.text.unassigned}), if any. */
    public static Optional<String> problem(String text, boolean oneLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.CONTROL && (oneLine || (c != '\n' && c != '\r' && c != '\t'))) {
                return Optional.of("rule.text.control");
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return Optional.of("rule.text.bidi");
            }
            if (type == Character.UNASSIGNED || type == Character.SURROGATE) {
                return Optional.of("rule.text.unassigned");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a text shows nothing at all: only blanks of any kind (no-break spaces too, which {@link String#isBlank}
     * does not count) and invisible format characters such as the joiners, which have their place inside a word but
     * are not a name or a suggestion on their own.
     */
    public static boolean invisible(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /** Breaks the rule {@link #problem} names, if any. */
    public static void refuse(String text, boolean oneLine) {
        problem(text, oneLine).ifPresent(key -> {
            throw new DomainException(key);
        });
    }
}
