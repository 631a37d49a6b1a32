package coop.khidma.person;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.HiddenCharacters;

/**
 * The city a person lives in, as they give it — an applicant at the kiosk or on the website, a member's record, a
 * correction the person asks for: blanks folded as in a {@link PersonName}, required, at most {@value #MAX}
 * characters. Serves "confirm the validity of the data at the time of submission".
 *
 * <p>Entities keep the city as a plain column checked through {@link #check(String)}.
 */
public final class City {

    /** The longest city kept, in characters (the width of every city column). */
    public static final int MAX = 60;

    private City() {
    }

    /** The city as kept; breaks {@code rule.member.city}. */
    public static String check(String raw) {
        String city = PersonName.squeeze(raw);
        if (HiddenCharacters.invisible(city) || city.length() > MAX) {
            throw new DomainException("rule.member.city", MAX);
        }
        return city;
    }
}
