package coop.khidma.platform.personaldata;

import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;

/**
 * The person whose data a right is exercised for: bound to the national ID (or iqama) staff verified against the
 * original, and to a mobile number only where the association holds that mobile together with that ID (the member
 * register, a membership application checked at intake) — a mobile someone merely declares finds nothing, so showing
 * one's own ID with another person's mobile reaches none of that person's records. Both are checked as typed
 * (Arabic-Indic digits welcome). {@code verifiedOn} is the reference of the request on which staff verified the
 * identity (the person's own, whatever mobile it gives), or {@code null}. {@link #toString()} masks both.
 */
public record Subject(NationalId nationalId, SaudiMobile mobile, String verifiedOn) {

    public Subject(NationalId nationalId, SaudiMobile mobile) {
        this(nationalId, mobile, null);
    }

    public Subject {
        if (nationalId == null) {
            throw new DomainException("rule.privacy.subjectRequired");
        }
    }

    /** From what was typed or recorded; blank parts are left out. Breaks the national ID or mobile rules. */
    public static Subject of(String nationalId, String mobile) {
        return new Subject(blank(nationalId) ? null : NationalId.parse(nationalId),
                blank(mobile) ? null : SaudiMobile.parse(mobile));
    }

    /** The same person without the mobile (a mobile not held together with the national ID). */
    public Subject withoutMobile() {
        return new Subject(nationalId, null, verifiedOn);
    }

    /** The reference of the request staff verified the identity on, or a value no row holds. */
    public String verifiedOnOrNone() {
        return verifiedOn == null ? "-" : verifiedOn;
    }

    /** The national ID's ten digits, or a value no row holds. */
    public String nationalIdOrNone() {
        return nationalId == null ? "-" : nationalId.value();
    }

    /** The mobile in its stored form, or a value no row holds. */
    public String mobileOrNone() {
        return mobile == null ? "-" : mobile.value();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public String toString() {
        return "Subject[" + nationalId + ", " + mobile + ", " + verifiedOn + "]";
    }
}
