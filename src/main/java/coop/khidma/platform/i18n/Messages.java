package coop.khidma.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Every sentence a person reads, from two bundles per language: {@code i18n/ui} (screens) and
 * {@code i18n/rules} (broken business rules). Arabic and English carry the same keys; a test keeps it so.
 */
public final class Messages {

    public static final List<String> BUNDLES = List.of("i18n.ui", "i18n.rules");
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        Locale language = Locales.supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, language, Messages.class.getClassLoader(),
                    NO_FALLBACK);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
            }
        }
        LOG.warning(() -> "No translation for key " + key + " in " + language);
        return "!" + key + "!";
    }

    /** The message of a broken rule in the reader's language. */
    public static String of(DomainException broken, Locale locale) {
        return get(locale, broken.key(), broken.arguments());
    }

}
