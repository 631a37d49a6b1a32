package coop.khidma.correspondence.control;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The association's SMTP server as the server's environment names it: {@value #HOST}, {@value #PORT} (default 587),
 * {@value #STARTTLS} ({@code true} by default: the connection is upgraded to TLS before the password is sent, and
 * refused when the server cannot; {@code false} only for a relay on the same machine), {@value #USER} with
 * {@value #PASSWORD_FILE} (a file readable by the service user only, first line; never in the environment itself) when
 * the server asks for a login, and {@value #FROM} (the association's address members see). No host: no mail gateway
 * (each e-mail is marked NO_GATEWAY). A host with a missing or wrong setting is a configuration error, refused when the
 * outbox first needs its mail (the log says which variable).
 */
public record MailSettings(String host, int port, boolean startTls, String user, String password, String from) {

    public static final String HOST = "KHIDMA_SMTP_HOST";
    public static final String PORT = "KHIDMA_SMTP_PORT";
    public static final String STARTTLS = "KHIDMA_SMTP_STARTTLS";
    public static final String USER = "KHIDMA_SMTP_USER";
    public static final String PASSWORD_FILE = "KHIDMA_SMTP_PASSWORD_FILE";
    public static final String FROM = "KHIDMA_MAIL_FROM";
    public static final int DEFAULT_PORT = 587;
    /** Connecting, reading and writing each wait at most this long (milliseconds). */
    static final String TIMEOUT_MILLIS = "10000";

    public MailSettings {
        if (host == null || host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalStateException(HOST + " must be a host name");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalStateException(PORT + " must be a port number");
        }
        if (user != null && (password == null || password.isEmpty())) {
            throw new IllegalStateException(USER + " is set but " + PASSWORD_FILE + " gives no password");
        }
        try {
            new InternetAddress(from == null ? "" : from, true);
        } catch (AddressException notAnAddress) {
            throw new IllegalStateException(HOST + " is set but " + FROM + " is not an e-mail address");
        }
    }

    public static Optional<MailSettings> from(Map<String, String> env) {
        String host = env.get(HOST);
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String user = blankToNull(env.get(USER));
        String password = null;
        if (user != null) {
            String file = blankToNull(env.get(PASSWORD_FILE));
            if (file == null) {
                throw new IllegalStateException(USER + " is set but " + PASSWORD_FILE + " is not");
            }
            try {
                password = Files.readString(Path.of(file)).lines().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + PASSWORD_FILE + " " + file, e);
            }
        }
        return Optional.of(new MailSettings(host.strip(), port(env.get(PORT)), startTls(env.get(STARTTLS)), user,
                password, blankToNull(env.get(FROM))));
    }

    /** A Jakarta Mail session to the server: STARTTLS required when on, a login when a user is set, timeouts. */
    public Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.auth", Boolean.toString(user != null));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.from", from);
        properties.setProperty("mail.from", from);
        if (user == null) {
            return Session.getInstance(properties);
        }
        String login = user;
        String secret = password;
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(login, secret);
            }
        });
    }

    private static int port(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(configured.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalStateException(PORT + " must be a port number");
        }
    }

    private static boolean startTls(String configured) {
        if (configured == null || configured.isBlank()) {
            return true;
        }
        return switch (configured.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalStateException(STARTTLS + " must be true or false");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + (startTls ? " STARTTLS" : "") + ", " + from + "]";
    }
}
