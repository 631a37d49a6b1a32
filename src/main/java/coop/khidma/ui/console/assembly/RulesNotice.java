package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.assembly.entity.AssemblyRules;
import coop.khidma.ui.shared.Dates;

/**
 * Whether the bylaws' figures were confirmed: a warning while they are the seeded placeholders (no legal figure is
 * invented here), else who confirmed them and when.
 */
class RulesNotice extends Div {

    RulesNotice(AssemblyRules rules) {
        setId("assembly-rules-notice");
        if (rules.confirmed()) {
            addClassName("console-muted");
            add(new Span(getTranslation("assembly.console.rules.confirmed", rules.confirmedBy(),
                    Dates.both(rules.confirmedAt(), getLocale()))));
        } else {
            addClassName("console-warning");
            getElement().setAttribute("role", "alert");
            add(new Span(getTranslation("assembly.console.rules.placeholders")));
        }
    }
}
