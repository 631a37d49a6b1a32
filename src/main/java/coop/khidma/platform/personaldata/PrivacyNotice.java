package coop.khidma.platform.personaldata;

import coop.khidma.platform.i18n.DomainException;

/**
 * The privacy notice a person reads and accepts before anything personal is asked of them, at the kiosk and on the
 * website (PDPL: the data subject is told why and how their data is kept before it is collected). Its text is in the
 * bundles ({@code kiosk.request.privacy}, and for a question {@code kiosk.inquiry.privacy}, in Arabic and English);
 * {@link #VERSION} names that text: raise it whenever the text's meaning changes, and every filing records the version
 * it was filed under. The website must show the same notice and send the version with the filing.
 */
public final class PrivacyNotice {

    /** The version of the notice in force. */
    public static final String VERSION = "2026-12";

    /** The longest version a filing may name (the column's width). */
    public static final int VERSION_MAX = 20;

    private PrivacyNotice() {
    }

    /**
     * What the person was shown and whether they accepted it: the version of the notice on their screen, and their
     * tick ({@code null} when nothing was said).
     */
    public record Acceptance(String version, Boolean accepted) {

        /** The notice in force, ticked or not, as the kiosk shows it. */
        public static Acceptance ofCurrent(boolean accepted) {
            return new Acceptance(VERSION, accepted);
        }

        /**
         * The version accepted, checked: breaks {@code rule.consent.required} unless accepted, {@code
         * rule.consent.versionRequired} without a version and {@code rule.consent.outdated} for any but {@link
         * #VERSION}.
         */
        public String check() {
            if (!Boolean.TRUE.equals(accepted)) {
                throw new DomainException("rule.consent.required");
            }
            String given = version == null ? "" : version.strip();
            if (given.isEmpty()) {
                throw new DomainException("rule.consent.versionRequired", VERSION);
            }
            if (!given.equals(VERSION)) {
                String shown = given.length() > VERSION_MAX ? given.substring(0, VERSION_MAX) + "…" : given;
                throw new DomainException("rule.consent.outdated", shown, VERSION);
            }
            return VERSION;
        }

        @Override
        public String toString() {
            return "privacy notice " + version + (Boolean.TRUE.equals(accepted) ? " accepted" : " not accepted");
        }
    }
}
