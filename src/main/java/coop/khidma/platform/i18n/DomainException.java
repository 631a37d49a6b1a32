package coop.khidma.platform.i18n;

import jakarta.ejb.ApplicationException;

/**
 * A broken business rule. It carries a message key from the {@code rules} bundle and its arguments instead of
 * a finished sentence, so the kiosk, the console and the API can each say it in the reader's language.
 * It is an application exception: it reaches callers as itself and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public DomainException(String key, Object... arguments) {
        super(key); // never the arguments: they may hold a national ID or a phone number, and messages reach logs
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The bundle key naming the broken rule, e.g. {@code rule.nationalId.checkDigit}. */
    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
