package coop.khidma.platform.security;

import coop.khidma.platform.i18n.DomainException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a staff password must be (ASVS 5.0, 6.2): at least {@value #MIN_LENGTH} characters, up to {@value #MAX_LENGTH}
 * (a passphrase is welcome; no rule about letters, digits or symbols), and not one of the passwords people use most,
 * as found in public breach lists. The list ships with the application ({@code security/common-passwords.txt}: the
 * entries of {@value #MIN_LENGTH} characters or more, lower-cased, of SecLists' "10 million password list — top
 * 1 000 000" and zxcvbn's common passwords, both MIT-licensed); a password is compared with it ignoring case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON = "/security/common-passwords.txt";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** @throws DomainException {@code rule.password.tooShort}, {@code rule.password.tooLong} or {@code rule.password.common} */
    public static void check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new DomainException("rule.password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException("rule.password.tooLong", MAX_LENGTH);
        }
        if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw new DomainException("rule.password.common");
        }
    }

    public static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.append(RANDOM.nextInt(10)).toString();
    }

    /** The shipped list, read once on first use. */
    private static final class Common {

        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            Set<String> passwords = new HashSet<>(65_536);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
                if (in == null) {
                    throw new IllegalStateException("The list of common passwords is missing: " + COMMON);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(line -> !line.isBlank()).forEach(passwords::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
