package coop.khidma.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Every sentence a person reads, from the bundles in {@code i18n/}, one Arabic/English pair per area: {@code ui}
 * (shared screens), {@code rules} (broken business rules), {@code kiosk}, {@code console} and {@code services}
 * (knowledge, satisfaction, volunteering). Arabic and English carry the same keys; tests keep it so. A key is
 * looked up in that order; an area without a bundle yet is skipped.
 */
public final class Messages {

    public static final List<String> BUNDLES = List.of("i18n.ui", "i18n.rules", "i18n.kiosk", "i18n.console",
            "i18n.services", "i18n.privacy", "i18n.reception", "i18n.admin", "i18n.backoffice");
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        Locale language = Locales.supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, language, Messages.class.getClassLoader(), NO_FALLBACK);
            } catch (MissingResourceException noSuchArea) {
                continue;
            }
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
            }
        }
        LOG.warning(() -> "No translation for key " + key + " in " + language);
        return "!" + key + "!";
    }

    /** Whether some bundle has the key in that language. */
    public static boolean has(Locale locale, String key) {
        Locale language = Locales.supported(locale);
        for (String name : BUNDLES) {
            try {
                if (ResourceBundle.getBundle(name, language, Messages.class.getClassLoader(), NO_FALLBACK)
                        .containsKey(key)) {
                    return true;
                }
            } catch (MissingResourceException noSuchArea) {
                // the area has no bundle in this language
            }
        }
        return false;
    }

    /** The message of a broken rule in the reader's language. */
    public static String of(DomainException broken, Locale locale) {
        return get(locale, broken.key(), broken.arguments());
    }

}
