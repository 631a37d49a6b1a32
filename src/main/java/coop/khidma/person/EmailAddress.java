package coop.khidma.person;

import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address a member chose to give (it is optional): checked for a plausible form when typed, the domain
 * kept in lower case. Serves "confirm the validity of the data at the time of submission" for the e-mail channel.
 */
@Embeddable
@Access(AccessType.FIELD)
public class EmailAddress {

    public static final int MAX = 254;
    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private String value;

    protected EmailAddress() {
        // for the persistence provider only
    }

    private EmailAddress(String value) {
        this.value = value;
    }

    /** Reads an address as typed; breaks {@code rule.email.invalid}. */
    public static EmailAddress parse(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        if (trimmed.length() > MAX || !FORM.matcher(trimmed).matches() || trimmed.contains("..")
                || trimmed.startsWith(".") || trimmed.contains(".@")) {
            throw new DomainException("rule.email.invalid");
        }
        int at = trimmed.lastIndexOf('@');
        return new EmailAddress(trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** {@code null} for a blank entry (the member gave none), else as {@link #parse(String)}. */
    public static EmailAddress optional(String raw) {
        return raw == null || raw.isBlank() ? null : parse(raw);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress email && Objects.equals(value, email.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** Masked, e.g. {@code s***@example.com}. */
    @Override
    public String toString() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }
}
