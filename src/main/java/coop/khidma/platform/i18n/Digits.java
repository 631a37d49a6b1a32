package coop.khidma.platform.i18n;

/**
 * Reads digits the way members type them: Arabic-Indic (٠–٩, U+0660–0669) and Extended Arabic-Indic/Persian
 * (۰–۹, U+06F0–06F9) become ASCII, so a kiosk keyboard in either layout gives the same national ID or phone.
 * Serves the policy's "the employee must match the data and confirm its validity at the time of submission".
 */
public final class Digits {

    private Digits() {
    }

    /** The text with every Arabic-Indic or Persian digit replaced by its ASCII digit; {@code null} stays {@code null}. */
    public static String toAscii(String text) {
        if (text == null) {
            return null;
        }
        var ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                ascii.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                ascii.append((char) ('0' + c - '\u06F0'));
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }
}
