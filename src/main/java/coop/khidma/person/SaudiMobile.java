package coop.khidma.person;

import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Saudi mobile number, kept in the international form {@code +9665XXXXXXXX}. Serves the policy's channels
 * (phone calls, help requests) and "confirm the validity of the data at the time of submission": the number the
 * association will call or text back is checked when the member gives it.
 *
 * <p>Accepts {@code 05XXXXXXXX}, {@code 5XXXXXXXX}, {@code +9665XXXXXXXX}, {@code 009665XXXXXXXX} and
 * {@code 9665XXXXXXXX} — also the common {@code +966 05…} slip — with spaces, dashes, parentheses, bidi marks and
 * Arabic-Indic digits. An embeddable value: {@link #toString()} masks it.
 */
@Embeddable
@Access(AccessType.FIELD)
public class SaudiMobile {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()\\u2010-\\u2015\\u200E\\u200F\\u061C]");
    private static final Pattern FORMS = Pattern.compile("(?:(?:\\+|00)?9660?|0)?(5[0-9]{8})");

    private String value;

    protected SaudiMobile() {
        // for the persistence provider only
    }

    private SaudiMobile(String value) {
        this.value = value;
    }

    /** Reads a mobile number as typed; breaks {@code rule.mobile.required} or {@code rule.mobile.invalid}. */
    public static SaudiMobile parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("rule.mobile.required");
        }
        var form = FORMS.matcher(SEPARATORS.matcher(Digits.toAscii(raw.strip())).replaceAll(""));
        if (!form.matches()) {
            throw new DomainException("rule.mobile.invalid");
        }
        return new SaudiMobile("+966" + form.group(1));
    }

    /** The canonical international form, {@code +9665XXXXXXXX}. */
    public String value() {
        return value;
    }

    /** The form dialled inside the Kingdom, {@code 05XXXXXXXX}. */
    public String national() {
        return "0" + value.substring(4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SaudiMobile mobile && Objects.equals(value, mobile.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** Masked but recognisable to its owner, e.g. {@code +966******567}. */
    @Override
    public String toString() {
        return "+966******" + value.substring(10);
    }
}
