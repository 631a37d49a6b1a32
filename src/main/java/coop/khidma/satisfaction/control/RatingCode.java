package coop.khidma.satisfaction.control;

import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The rules of the code that invites a member to rate a service anonymously (issue #15): {@value #DIGITS} random
 * digits (a hundred million codes, so a guess hits almost never, and the wrong ones are throttled like tracking), typed
 * with Arabic-Indic or Latin digits, spaces and dashes ignored; valid through the {@value #VALID_DAYS}th day after the
 * day it was issued (Riyadh days), and only once. The rating side keeps only its {@link #hash}; the code itself is in
 * the member's message. Pure.
 */
public final class RatingCode {

    public static final int DIGITS = 8;
    /** The code can be used on the day it was issued and the seven days after it. */
    public static final int VALID_DAYS = 7;

    private RatingCode() {
    }

    /** A fresh code of {@value #DIGITS} digits from {@code random} (a {@code SecureRandom} in production). */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(DIGITS);
        for (int digit = 0; digit < DIGITS; digit++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return code.toString();
    }

    /**
     * The code as typed, in Latin digits without spaces or dashes. Breaks {@code rule.ratingCode.wrong} (the same
     * answer as for a code that exists nowhere) unless it is then exactly {@value #DIGITS} digits.
     */
    public static String normalise(String typed) {
        String code = Digits.toAscii(typed == null ? "" : typed).replaceAll("[\\s\\-\u00a0]", "");
        if (!code.matches("[0-9]{" + DIGITS + "}")) {
            throw new DomainException("rule.ratingCode.wrong");
        }
        return code;
    }

    /** The code as a message shows it, in two groups of four: {@code 4821 0937}. */
    public static String shown(String code) {
        return code.substring(0, DIGITS / 2) + " " + code.substring(DIGITS / 2);
    }

    /** What the rating side keeps of a (normalised) code: its SHA-256, in lower-case hex. */
    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Objects.requireNonNull(code, "code").getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is missing", missing);
        }
    }

    /** The last day a code issued on {@code issuedOn} may be used. */
    public static LocalDate lastDay(LocalDate issuedOn) {
        return issuedOn.plusDays(VALID_DAYS);
    }
}
