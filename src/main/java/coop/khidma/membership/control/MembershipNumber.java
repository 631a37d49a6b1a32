package coop.khidma.membership.control;

import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;

import java.util.regex.Pattern;

/**
 * A membership number: {@code NJT-<year>-<n>}, e.g. {@code NJT-2026-0001} — Najran Tourism, the Gregorian year of
 * registration (Asia/Riyadh) and the n-th registration of that year, at least four digits. {@code n} comes from the
 * gap-free, row-locked per-year sequence {@code platform.persistence.Sequences.next(SEQUENCE, year)}, so numbers
 * are unique, have no holes, and a rolled-back completion gives its number back.
 */
public record MembershipNumber(int year, long serial) implements Comparable<MembershipNumber> {

    public static final String PREFIX = "NJT";
    /** The name of the counter in {@code sequence_counter}. */
    public static final String SEQUENCE = "member";
    private static final Pattern FORM = Pattern.compile("NJT-(\\d{4})-(\\d{4,9})");

    /** Breaks {@code rule.membershipNumber.invalid} for a year outside 2000–9999 or a serial below 1. */
    public MembershipNumber {
        if (year < 2000 || year > 9999 || serial < 1 || serial > 999_999_999L) {
            throw new DomainException("rule.membershipNumber.invalid");
        }
    }

    /** Reads a number as typed (case, blanks and Arabic-Indic digits forgiven); breaks {@code rule.membershipNumber.invalid}. */
    public static MembershipNumber parse(String raw) {
        String text = raw == null ? "" : Digits.toAscii(raw.strip()).toUpperCase(java.util.Locale.ROOT)
                .replaceAll("\\s+", "");
        var match = FORM.matcher(text);
        if (!match.matches()) {
            throw new DomainException("rule.membershipNumber.invalid");
        }
        return new MembershipNumber(Integer.parseInt(match.group(1)), Long.parseLong(match.group(2)));
    }

    /** {@code NJT-2026-0001}; serials past 9999 simply grow ({@code NJT-2026-10000}). */
    @Override
    public String toString() {
        return String.format("%s-%d-%04d", PREFIX, year, serial);
    }

    @Override
    public int compareTo(MembershipNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Long.compare(serial, other.serial);
    }
}
