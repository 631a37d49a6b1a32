package coop.khidma.person;

import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Saudi national ID (citizen, starting 1) or iqama (resident, starting 2): ten digits whose Luhn-style check
 * digit holds. Serves the policy's "the employee must match the data and confirm its validity at the time of
 * submission": a mistyped ID is refused at the desk, not discovered by the committee.
 *
 * <p>An embeddable value (a private field, a protected no-argument constructor for the persistence provider),
 * immutable in use. {@link #toString()} masks all but the last four digits, so it is safe in logs.
 */
@Embeddable
@Access(AccessType.FIELD)
public class NationalId {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u2010-\\u2015\\u200E\\u200F\\u061C]");

    private String value;

    protected NationalId() {
        // for the persistence provider only
    }

    private NationalId(String value) {
        this.value = value;
    }

    /**
     * Reads an ID as typed: surrounding blanks, spaces, dashes and bidi marks are ignored and Arabic-Indic digits
     * are accepted. Breaks {@code rule.nationalId.required}, {@code rule.nationalId.length},
     * {@code rule.nationalId.prefix} or {@code rule.nationalId.checkDigit}.
     */
    public static NationalId parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("rule.nationalId.required");
        }
        String digits = SEPARATORS.matcher(Digits.toAscii(raw.strip())).replaceAll("");
        if (!digits.matches("[0-9]{10}")) {
            throw new DomainException("rule.nationalId.length");
        }
        if (digits.charAt(0) != '1' && digits.charAt(0) != '2') {
            throw new DomainException("rule.nationalId.prefix");
        }
        if (!checkDigitHolds(digits)) {
            throw new DomainException("rule.nationalId.checkDigit");
        }
        return new NationalId(digits);
    }

    /** Digits at even indexes (1st, 3rd … 9th) are doubled and their digits summed; the total ends in 0. */
    private static boolean checkDigitHolds(String digits) {
        int total = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            total += weighted / 10 + weighted % 10;
        }
        return total % 10 == 0;
    }

    /** The ten ASCII digits. */
    public String value() {
        return value;
    }

    /** A Saudi citizen (ID starts with 1); otherwise a resident holding an iqama (starts with 2). */
    public boolean isCitizen() {
        return value.charAt(0) == '1';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NationalId id && Objects.equals(value, id.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** Masked, e.g. {@code ******1234}: never the whole ID in a log line. */
    @Override
    public String toString() {
        return "******" + value.substring(6);
    }
}
