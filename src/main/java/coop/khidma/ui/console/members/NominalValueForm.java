package coop.khidma.ui.console.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import coop.khidma.membership.boundary.ShareRegister;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.ErrorMessages;

import java.math.BigDecimal;

/** An administrator enters the nominal value of a share from the bylaws (Arabic-Indic digits welcome). */
class NominalValueForm extends Div {

    NominalValueForm(ShareRegister register, Runnable saved) {
        setId("share-nominal");
        TextField value = new TextField(getTranslation("shares.nominal.label"));
        value.setId("share-nominal-value");
        value.setHelperText(getTranslation("shares.nominal.hint"));
        value.setValue(register.nominalValue().toPlainString());
        Button save = new Button(getTranslation("shares.nominal.save"), click -> {
            try {
                BigDecimal now = register.revalue(value.getValue());
                value.setInvalid(false);
                value.setValue(now.toPlainString());
                Facts.success(getTranslation("shares.nominal.saved", Riyals.of(now, getLocale())));
                saved.run();
            } catch (DomainException broken) {
                Facts.showAt(value, ErrorMessages.messageFor(broken, getLocale()));
            }
        });
        save.setId("share-nominal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(value, save);
        row.addClassName("console-filters");
        add(Facts.titled(getTranslation("shares.nominal.label"), row));
    }
}
