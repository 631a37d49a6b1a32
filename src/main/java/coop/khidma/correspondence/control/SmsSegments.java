package coop.khidma.correspondence.control;

/**
 * How many parts (segments) a text takes as an SMS: in the GSM 7-bit alphabet 160 characters fit in one message and
 * 153 in each part of a longer one (the characters of the extension table, such as € or [, take two); any other
 * character (Arabic, Arabic-Indic digits, an emoji) makes the whole text UCS-2: 70 in one, 67 in each part, counted in
 * UTF-16 units. Khidma keeps every SMS to {@value #MAX} parts: each part is paid for, and a long SMS is a letter.
 * Pure.
 */
public final class SmsSegments {

    /** The most parts an SMS of Khidma's may take. */
    public static final int MAX = 2;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private SmsSegments() {
    }

    /** Whether the text can go in the GSM 7-bit alphabet. */
    public static boolean gsm7(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
    }

    /** The parts the text takes (an empty text still is one message). */
    public static int of(String text) {
        if (gsm7(text)) {
            int septets = text.length() + (int) text.chars().filter(c -> GSM_EXTENSION.indexOf(c) >= 0).count();
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
