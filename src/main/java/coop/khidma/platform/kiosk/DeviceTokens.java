package coop.khidma.platform.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Device tokens and enrolment codes: random, URL-safe, and kept only as SHA-256 hashes (a token is long and random,
 * so a plain hash is enough; a stolen table does not give a working device).
 */
public final class DeviceTokens {

    /** The cookie a registered kiosk presents. */
    public static final String COOKIE = "khidma-kiosk";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private DeviceTokens() {
    }

    /** A device token: 32 random bytes, base64url. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A one-time enrolment code an administrator can read out or type: 12 letters and digits, no look-alikes. */
    public static String newEnrolmentCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** The SHA-256 of a token or code, in lower-case hex (64 characters); {@code null} for nothing. */
    public static String hash(String secret) {
        if (secret == null || secret.isBlank()) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
