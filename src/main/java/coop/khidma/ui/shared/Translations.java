package coop.khidma.ui.shared;

import com.vaadin.flow.i18n.I18NProvider;
import coop.khidma.intake.boundary.RequestTypes;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's {@code getTranslation} reads the same bundles as the rest of Khidma. The name of a request type that
 * administrators added ({@code requestType.<CODE>} with no bundle entry) comes from the type itself.
 */
@ApplicationScoped
public class Translations implements I18NProvider {

    static final String REQUEST_TYPE = "requestType.";

    @Inject
    RequestTypes requestTypes;

    @Override
    public List<Locale> getProvidedLocales() {
        return Locales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (requestTypes != null && key.startsWith(REQUEST_TYPE) && !Messages.has(locale, key)) {
            return requestTypes.name(key.substring(REQUEST_TYPE.length()), Locales.supported(locale))
                    .orElseGet(() -> Messages.get(locale, key, params));
        }
        return Messages.get(locale, key, params);
    }
}
