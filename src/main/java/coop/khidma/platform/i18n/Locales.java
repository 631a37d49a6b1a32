package coop.khidma.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The two languages Khidma speaks, Arabic first. */
public final class Locales {

    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ARABIC, ENGLISH);

    private Locales() {
    }

    /** The supported locale of the same language, or Arabic. */
    public static Locale supported(Locale wanted) {
        return wanted != null && wanted.getLanguage().equals(ENGLISH.getLanguage()) ? ENGLISH : ARABIC;
    }

    public static boolean isRightToLeft(Locale locale) {
        return ARABIC.getLanguage().equals(locale.getLanguage());
    }
}
