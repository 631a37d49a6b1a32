package coop.khidma.ui.console.assemblyday;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.assembly.boundary.AssemblyDay;
import coop.khidma.assembly.control.ItemResult;
import coop.khidma.platform.i18n.Locales;

import java.util.Locale;

/** Each agenda item with its rule, its totals (for, against, abstain) and its result; totals only, never a vote. */
class ResultsPanel extends Div {

    ResultsPanel() {
        setId("assembly-results");
        addClassName("assembly-results");
    }

    void show(AssemblyDay day) {
        removeAll();
        day.items().forEach(entry -> add(line(entry)));
    }

    private Div line(AssemblyDay.Item entry) {
        Span title = new Span(entry.item().position() + ". " + title(entry, getLocale()));
        title.addClassName("assembly-item-title");
        Span rule = new Span(" (" + getTranslation("assemblyday.rule." + entry.item().decisionRule()) + "): ");
        rule.addClassName("console-muted");
        Span result = new Span(describe(entry.result(), this));
        result.setId("assembly-result-" + entry.item().position() + "-text");
        Div line = new Div(title, rule, result);
        line.setId("assembly-result-" + entry.item().position());
        line.addClassName("assembly-result");
        return line;
    }

    /** The item's title in the reader's language. */
    static String title(AssemblyDay.Item entry, Locale locale) {
        return Locales.isRightToLeft(locale) ? entry.item().titleArabic() : entry.item().titleEnglish();
    }

    /** "For 3, against 1, abstain 0 — adopted (3 of 4 votes cast; 3 needed)", or "for information, no vote". */
    static String describe(ItemResult result, Div in) {
        if (result.outcome() == ItemResult.Outcome.INFORMATION) {
            return in.getTranslation("assemblyday.outcome.INFORMATION");
        }
        ItemResult.Tally tally = result.tally();
        return in.getTranslation("assemblyday.tally", tally.inFavour(), tally.against(), tally.abstaining(),
                tally.inFavour() + tally.against(), result.required()) + " — " + in.getTranslation("assemblyday.outcome." + result.outcome());
    }
}
