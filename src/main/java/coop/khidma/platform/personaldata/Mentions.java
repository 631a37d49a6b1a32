package coop.khidma.platform.personaldata;

import coop.khidma.platform.i18n.Digits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How free text names a person on erasure: one of the names the association holds for them (each with at least two
 * words — a lone first name would take everybody's "Ali" with it), their national ID, or their mobile in any way it is
 * written ({@code +966501234567}, {@code 966501234567}, {@code 0501234567}, {@code 501234567}, Arabic-Indic digits,
 * spaces or dashes between the digits). A name or number counts only as a whole: {@code Salem Ali} is not found in
 * {@code Salem Alikhan}, an ID not inside a longer number, and letters are compared without case, Arabic without its
 * short vowels (harakat) and tatweel. Used for the texts a person may be named in without being their author — rating
 * comments, suggestions, improvement items, audit details.
 */
public final class Mentions {

    private final List<String> names;
    private final List<String> numbers;

    private Mentions(List<String> names, List<String> numbers) {
        this.names = names;
        this.numbers = numbers;
    }

    /** The subject's national ID and mobile, and the {@code names} held for them (markers and one-word names left out). */
    public static Mentions of(Subject subject, Collection<String> names) {
        Set<String> kept = new LinkedHashSet<>();
        for (String name : names) {
            String folded = name == null ? "" : fold(name).strip();
            if (folded.split(" ").length >= 2 && !name.equals(Anonymised.TEXT) && !name.equals(Anonymised.LATIN)) {
                kept.add(folded);
            }
        }
        List<String> numbers = new ArrayList<>();
        if (subject.nationalId() != null) {
            numbers.add(subject.nationalId().value());
        }
        if (subject.mobile() != null) {
            String local = subject.mobile().value().substring(4); // 5XXXXXXXX
            numbers.addAll(List.of(local, "0" + local, "966" + local, "00966" + local));
        }
        return new Mentions(List.copyOf(kept), List.copyOf(numbers));
    }

    /** Whether {@code text} names the person. */
    public boolean in(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String folded = fold(text);
        for (String name : names) {
            if (whole(folded, name, false)) {
                return true;
            }
        }
        String digits = folded.replaceAll("(?<=\\d)[\\s\\-]+(?=\\d)", "");
        for (String number : numbers) {
            if (whole(digits, number, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fragments a text that names the person contains (for a {@code LIKE} pre-selection in the database, whose
     * collation ignores case; {@link #in} decides): the names' longest words and the numbers' last five digits, both
     * in Western and Arabic-Indic digits.
     */
    public List<String> fragments() {
        Set<String> fragments = new LinkedHashSet<>();
        for (String name : names) {
            String longest = "";
            for (String word : name.split(" ")) {
                longest = word.length() > longest.length() ? word : longest;
            }
            fragments.add(longest);
        }
        for (String number : numbers) {
            String tail = number.substring(number.length() - 5);
            fragments.add(tail);
            fragments.add(arabicIndic(tail));
        }
        return List.copyOf(fragments);
    }

    public boolean isEmpty() {
        return names.isEmpty() && numbers.isEmpty();
    }

    /** Lower case, Western digits, Arabic without harakat and tatweel, one space between words. */
    static String fold(String text) {
        String plain = Digits.toAscii(text).toLowerCase(Locale.ROOT)
                .replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "");
        return plain.replaceAll("\\s+", " ");
    }

    /** {@code part} in {@code text} with no letter or digit (only no digit, for a number) right before or after it. */
    private static boolean whole(String text, String part, boolean number) {
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            int end = at + part.length();
            if (!joins(text, at - 1, number) && !joins(text, end, number)) {
                return true;
            }
        }
        return false;
    }

    private static boolean joins(String text, int index, boolean number) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return number ? Character.isDigit(c) : Character.isLetterOrDigit(c);
    }

    private static String arabicIndic(String digits) {
        StringBuilder indic = new StringBuilder();
        digits.chars().forEach(c -> indic.append((char) ('\u0660' + (c - '0'))));
        return indic.toString();
    }
}
