package coop.khidma.api.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two submissions "the same request" for idempotency: the method, the path and the request body in its
 * canonical JSON form (as the API read it, so spacing and key order do not matter), hashed with SHA-256 so the
 * stored fingerprint holds no personal data.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** A client's address as sixteen hex digits of its SHA-256: enough to keep clients apart, no address kept. */
    public static String client(String address) {
        return of("CLIENT", String.valueOf(address), "").substring(0, 16);
    }

    public static String of(String method, String path, String canonicalBody) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
            sha256.update(String.valueOf(canonicalBody).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
