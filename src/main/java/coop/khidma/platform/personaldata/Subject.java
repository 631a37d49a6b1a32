package coop.khidma.platform.personaldata;

import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;

/**
 * The person whose data a right is exercised for, as the association can find them: by national ID (or iqama) and
 * by mobile number; at least one. Both are checked as typed (Arabic-Indic digits welcome). {@link #toString()} masks
 * both.
 */
public record Subject(NationalId nationalId, SaudiMobile mobile) {

    public Subject {
        if (nationalId == null && mobile == null) {
            throw new DomainException("rule.privacy.subjectRequired");
        }
    }

    /** From what was typed or recorded; blank parts are left out. Breaks the national ID or mobile rules. */
    public static Subject of(String nationalId, String mobile) {
        return new Subject(blank(nationalId) ? null : NationalId.parse(nationalId),
                blank(mobile) ? null : SaudiMobile.parse(mobile));
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
        return "Subject[" + nationalId + ", " + mobile + "]";
    }
}
