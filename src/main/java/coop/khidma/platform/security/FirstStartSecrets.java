package coop.khidma.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Where a first start's one-time secrets go (the first administrator's password, the first kiosk's enrolment link).
 * In development they are printed to the log, where the developer looks. In production ({@code KHIDMA_MODE=production})
 * the server log is read by others (operators, log collectors), so the secret is appended to a file that only the
 * service's own user may read ({@code rw-------}): {@code KHIDMA_FIRST_START_FILE}, by default
 * {@code khidma-first-start.txt} in that user's home; the log says only where to look. A start that cannot write the
 * file fails and says why, rather than lose the secret.
 */
public final class FirstStartSecrets {

    public static final String FILE = "KHIDMA_FIRST_START_FILE";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private FirstStartSecrets() {
    }

    /** Tells the line that holds a secret, where this mode tells it; returns the file written, or null (the log). */
    public static Path tell(Logger log, String line, Map<String, String> env) {
        if (!"production".equalsIgnoreCase(env.getOrDefault("KHIDMA_MODE", ""))) {
            log.warning(() -> "\n==== " + line + " ====");
            return null;
        }
        Path file = file(env);
        write(file, line);
        log.warning(() -> "Khidma first start: a one-time secret was written to " + file
                + " (readable by this service's user only); read it there, then delete the file.");
        return file;
    }

    static Path file(Map<String, String> env) {
        String given = env.get(FILE);
        return given == null || given.isBlank()
                ? Path.of(System.getProperty("user.home"), "khidma-first-start.txt")
                : Path.of(given);
    }

    private static void write(Path file, String line) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("Khidma will not start: the first start's one-time secret could not be "
                    + "written to " + file + " (set " + FILE + " to a file this service's user may write)", e);
        }
    }
}
