package coop.khidma.ui.shared;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One button naming the other language in that language ("English" / "العربية"). */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        super(VaadinIcon.GLOBE.create());
        setText(getTranslation("language.switch"));
        getElement().setAttribute("aria-label", getTranslation("language.switch.label"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("language-switch");
        setId("language-switch");
        addClickListener(click -> getUI().ifPresent(Language::toggle));
    }
}
