package coop.khidma.ui.shared;

import com.vaadin.flow.i18n.I18NProvider;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;

/** Vaadin's {@code getTranslation} reads the same bundles as the rest of Khidma. */
@ApplicationScoped
public class Translations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Locales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }
}
