package coop.khidma.platform.personaldata;

/**
 * What replaces personal data when a record is anonymised. The markers keep the columns' formats (a mobile stays 13
 * characters, a national ID 10) so screens and statistics go on working, but none can be mistaken for a person's data:
 * the mobile is no Saudi mobile (it does not start with 5) and the ID starts with {@code X}, which no national ID or
 * iqama does.
 */
public final class Anonymised {

    /** Replaces a name and any free text (details, answers, reasons, messages). */
    public static final String TEXT = "[مُجهَّل — anonymised]";
    /** Replaces a name in Latin letters. */
    public static final String LATIN = "Anonymised";
    /** Replaces a mobile number. */
    public static final String MOBILE = "+966000000000";
    /** A national ID is replaced by X and the row's number, nine digits: unique where the column must be. */
    public static final String ID_PREFIX = "X";

    private Anonymised() {
    }

    /** The marker that replaces the national ID of row {@code id}. */
    public static String nationalId(long id) {
        return ID_PREFIX + String.format("%09d", id);
    }
}
