package coop.khidma.ui.shared;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import coop.khidma.platform.i18n.Locales;

import java.util.Locale;

/**
 * The language a screen speaks: Arabic unless the person chose English in this session (the browser's own
 * language is not asked: the kiosk is Arabic first). Arabic lays the page out right to left.
 */
public final class Language {

    private static final String CHOSEN = Language.class.getName();

    private Language() {
    }

    public static Locale of(VaadinSession session) {
        Object chosen = session.getAttribute(CHOSEN);
        return chosen instanceof Locale locale ? locale : Locales.ARABIC;
    }

    public static void apply(UI ui) {
        Locale locale = of(ui.getSession());
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.setDirection(Locales.isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", locale.getLanguage());
    }

    /** Switches this session to the other language and redraws the page in it. */
    public static void toggle(UI ui) {
        Locale next = Locales.isRightToLeft(of(ui.getSession())) ? Locales.ENGLISH : Locales.ARABIC;
        ui.getSession().setAttribute(CHOSEN, next);
        apply(ui);
        ui.getPage().reload();
    }

    /** Back to Arabic, as for the next kiosk visitor. */
    public static void reset(VaadinSession session) {
        session.setAttribute(CHOSEN, null);
    }
}
