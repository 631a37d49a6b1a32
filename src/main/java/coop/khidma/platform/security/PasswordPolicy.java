package coop.khidma.platform.security;

import coop.khidma.platform.i18n.DomainException;

import java.security.SecureRandom;

/** What a staff password must be, and how a one-time password is made. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** @throws DomainException {@code rule.password.tooShort} or {@code rule.password.tooSimple} */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("rule.password.tooShort", MIN_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new DomainException("rule.password.tooSimple");
        }
    }

    public static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.append(RANDOM.nextInt(10)).toString();
    }
}
