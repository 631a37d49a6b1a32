package coop.khidma.person;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.HiddenCharacters;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's name as they give it — a member filing a request, a visitor asking for a reply, a volunteer signing up:
 * surrounding blanks dropped, each run of spaces, tabs or line breaks inside made one space, and at most
 * {@value #MAX} characters. Any script is welcome (Arabic with or without diacritics, Latin, both); a name asked for in
 * one script — an applicant's or member's name in Arabic letters ({@link #arabic}) and in Latin letters as in the
 * passport ({@link #latin}) — adds its script rule on top of this one. Serves "confirm the validity of the data at
 * the time of submission": an empty or overlong name is refused at the kiosk, not found later in a letter.
 *
 * <p>Entities keep the name as a plain column checked through {@link #check(String)}; {@link #toString()} masks it.
 */
public final class PersonName {

    /** The longest name kept, in characters (the width of every person-name column). */
    public static final int MAX = 120;

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{InArabic}");
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z .'\\-]*");

    private final String value;

    private PersonName(String value) {
        this.value = value;
    }

    /**
     * Reads a name as typed; breaks {@code rule.name.required}, {@code rule.name.tooLong} or a rule of
     * {@link HiddenCharacters} (a control character, a bidirectional override, an unassigned code point).
     */
    public static PersonName of(String raw) {
        HiddenCharacters.refuse(raw, false); // tabs and line breaks are squeezed below, the rest refused
        String name = squeeze(raw);
        if (HiddenCharacters.invisible(name)) {
            throw new DomainException("rule.name.required");
        }
        if (name.length() > MAX) {
            throw new DomainException("rule.name.tooLong", MAX);
        }
        return new PersonName(name);
    }

    /** The name as kept, as {@link #of(String)} reads it; for a form's validator or an entity's column. */
    public static String check(String raw) {
        return of(raw).value();
    }

    /**
     * A name in Arabic letters (diacritics welcome, no Latin letter); breaks {@code rule.member.arabicName} or
     * {@code rule.name.tooLong}.
     */
    public static PersonName arabic(String raw) {
        String name = squeeze(raw);
        if (name.isEmpty() || !ARABIC_LETTER.matcher(name).find() || LATIN_LETTER.matcher(name).find()) {
            throw new DomainException("rule.member.arabicName");
        }
        return of(name);
    }

    /**
     * A name in Latin letters as in the passport; breaks {@code rule.member.latinName} or
     * {@code rule.member.latinNameTooLong} (its own key, so that a form names the Latin name, not the Arabic one).
     */
    public static PersonName latin(String raw) {
        String name = squeeze(raw);
        if (!LATIN_NAME.matcher(name).matches()) {
            throw new DomainException("rule.member.latinName");
        }
        if (name.length() > MAX) {
            throw new DomainException("rule.member.latinNameTooLong", MAX);
        }
        return of(name);
    }

    /** Blanks around dropped, each run of blanks inside made one space; {@code ""} for {@code null}. */
    static String squeeze(String raw) {
        return raw == null ? "" : BLANKS.matcher(raw.strip()).replaceAll(" ");
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName name && Objects.equals(value, name.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** Masked, e.g. {@code س***}: never a whole name in a log line. */
    @Override
    public String toString() {
        return value.substring(0, Character.charCount(value.codePointAt(0))) + "***";
    }
}
