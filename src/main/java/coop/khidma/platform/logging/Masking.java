package coop.khidma.platform.logging;

import java.util.regex.Pattern;

/**
 * Masks what must never reach a log file: Saudi national IDs and iqama numbers (10 digits starting 1 or 2) and Saudi
 * mobile numbers in any of their usual forms, also written with Arabic-Indic digits. Everything but the last two
 * digits becomes {@code *}.
 */
public final class Masking {

    private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
    private static final Pattern SENSITIVE = Pattern.compile(
            "(?<![0-9\\u0660-\\u0669\\u06F0-\\u06F9])(?:"
                    + "(?:\\+|00)?966[\\s-]?0?5(?:[\\s-]?" + DIGIT + "){8}"     // +966 5x xxx xxxx
                    + "|[0\\u0660\\u06F0][5\\u0665\\u06F5](?:[\\s-]?" + DIGIT + "){8}" // 05x xxx xxxx
                    + "|[12\\u0661\\u0662\\u06F1\\u06F2]" + DIGIT + "{9}"      // national ID / iqama
                    + ")(?![0-9\\u0660-\\u0669\\u06F0-\\u06F9])");

    private Masking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return SENSITIVE.matcher(text).replaceAll(match -> {
            String found = match.group();
            StringBuilder masked = new StringBuilder(found.length());
            int digitsLeft = (int) found.codePoints().filter(Character::isDigit).count();
            for (char c : found.toCharArray()) {
                masked.append(Character.isDigit(c) && digitsLeft-- > 2 ? '*' : c);
            }
            return java.util.regex.Matcher.quoteReplacement(masked.toString());
        });
    }
}
