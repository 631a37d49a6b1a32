package coop.khidma.correspondence.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * The secret the SMS provider shows with each delivery report ({@code Authorization: Bearer …}), from the file
 * {@value #FILE} (first line; readable by the service user only). Without it the report endpoint is off.
 */
public final class ReportSecret {

    public static final String FILE = "KHIDMA_SMS_REPORT_SECRET_FILE";
    /** A secret shorter than this is refused: it could be guessed. */
    public static final int MIN_LENGTH = 16;

    private final byte[] secret;

    private ReportSecret(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public static Optional<ReportSecret> from(Map<String, String> env) {
        String file = env.get(FILE);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        String secret;
        try {
            secret = Files.readString(Path.of(file)).lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE + " " + file, e);
        }
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException(FILE + " must hold a secret of at least " + MIN_LENGTH + " characters");
        }
        return Optional.of(new ReportSecret(secret));
    }

    /** Whether the request's Authorization header shows the secret (compared in constant time). */
    public boolean shownIn(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(secret, authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ReportSecret[…]";
    }
}
