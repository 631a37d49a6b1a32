package coop.khidma.assembly.control;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The code a member is sent with the invitation and types at the kiosk beside their national ID to check in: six
 * random digits, shown only in the message (the invitation keeps its hash). Digits only, so a member types it on the
 * kiosk's keypad in Arabic-Indic or Latin digits alike.
 */
public final class CheckInCode {

    public static final int LENGTH = 6;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private CheckInCode() {
    }

    /** A fresh code, e.g. {@code 048213}. */
    public static String next() {
        return next(RANDOM);
    }

    /** A code drawn from {@code random} (a seeded one in tests). */
    public static String next(RandomGenerator random) {
        return String.format("%0" + LENGTH + "d", random.nextInt(1_000_000));
    }
}
