package coop.khidma.knowledge.control;

import coop.khidma.platform.i18n.Digits;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for searching, so that the words a member types find the article whichever way either is spelled:
 * tashkeel (harakat, shadda, sukun, tanween, the dagger alef) and tatweel are dropped; every alef with hamza or madda
 * becomes a bare alef; hamza on waw or ya becomes its carrier; alef maqsura becomes ya and ta marbuta ha; Persian
 * kaf and ya become Arabic; Arabic-Indic digits become ASCII; Latin letters are lower-cased; punctuation separates
 * words.
 */
public final class ArabicText {

    private static final Pattern MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ArabicText() {
    }

    /** The folded form of the text: words of letters and digits separated by single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Digits.toAscii(text)).replaceAll("");
        StringBuilder folded = new StringBuilder(bare.length());
        for (char c : bare.toCharArray()) {
            folded.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
                case 'ؤ' -> 'و';
                case 'ئ', 'ى', 'ی' -> 'ي';
                case 'ة' -> 'ه';
                case 'ک' -> 'ك';
                default -> c;
            });
        }
        return SEPARATORS.matcher(folded.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The query's words, folded; empty for a blank query. */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Whether every word of the query appears in the text (as a word or a part of one), folded alike. */
    public static boolean matches(String text, String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return false;
        }
        String folded = fold(text);
        return words.stream().allMatch(folded::contains);
    }
}
