package coop.khidma.correspondence.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The SMS provider as the server's environment names it: {@value #ENDPOINT} (its HTTPS send URL), {@value #SENDER}
 * (the sender name members see) and {@value #TOKEN_FILE} (a file, readable by the service user only, whose first line
 * is the API token; never in the repository or the environment itself); {@value #TIMEOUT_SECONDS} optionally shortens or
 * lengthens the wait for the provider's answer (whole seconds, 1 to 60; default 10). No endpoint: no gateway (messages are marked
 * NO_GATEWAY). An endpoint without a sender or a readable token is a configuration error, refused when the outbox first
 * needs its gateway (the scheduler's log says which variable is missing).
 */
public record SmsSettings(URI endpoint, String sender, String token, Duration timeout) {

    public static final String ENDPOINT = "KHIDMA_SMS_ENDPOINT";
    public static final String SENDER = "KHIDMA_SMS_SENDER";
    public static final String TOKEN_FILE = "KHIDMA_SMS_TOKEN_FILE";
    public static final String TIMEOUT_SECONDS = "KHIDMA_SMS_TIMEOUT_SECONDS";
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    public SmsSettings {
        if (!"https".equals(endpoint.getScheme()) && !"http".equals(endpoint.getScheme())) {
            throw new IllegalStateException(ENDPOINT + " must be an http(s) URL");
        }
        if (sender == null || sender.isBlank()) {
            throw new IllegalStateException(ENDPOINT + " is set but " + SENDER + " is not");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalStateException(ENDPOINT + " is set but " + TOKEN_FILE + " gives no token");
        }
    }

    public static Optional<SmsSettings> from(Map<String, String> env) {
        String endpoint = env.get(ENDPOINT);
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.empty();
        }
        String file = env.get(TOKEN_FILE);
        if (file == null || file.isBlank()) {
            throw new IllegalStateException(ENDPOINT + " is set but " + TOKEN_FILE + " is not");
        }
        String token;
        try {
            token = Files.readString(Path.of(file)).lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TOKEN_FILE + " " + file, e);
        }
        return Optional.of(new SmsSettings(URI.create(endpoint.strip()), env.get(SENDER), token,
                timeout(env.get(TIMEOUT_SECONDS))));
    }

    /** The configured wait for the provider's answer: whole seconds from 1 to 60, else a configuration error. */
    static Duration timeout(String configured) {
        if (configured == null || configured.isBlank()) {
            return TIMEOUT;
        }
        try {
            int seconds = Integer.parseInt(configured.strip());
            if (seconds >= 1 && seconds <= 60) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // falls through
        }
        throw new IllegalStateException(TIMEOUT_SECONDS + " must be a whole number of seconds from 1 to 60");
    }

    @Override
    public String toString() {
        return "SmsSettings[" + endpoint + ", " + sender + "]";
    }
}
