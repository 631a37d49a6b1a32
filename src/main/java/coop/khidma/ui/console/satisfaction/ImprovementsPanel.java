package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.satisfaction.boundary.ImprovementItemView;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.ui.shared.CsvExport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The improvement items ("you said, we did" and those opened from low ratings), each a card; an item done on a day is
 * emitted as {@link Done}, and a rule it broke is shown at that card's day ({@link #showError}). Its {@link #export()}
 * lists them as CSV. Reads through {@code all}; changes nothing itself.
 */
public class ImprovementsPanel extends Div {

    /** An item done on a day. */
    public record Completion(ImprovementItemView item, LocalDate on) {
    }

    public static class Done extends FormEvent<ImprovementsPanel, Completion> {
        Done(ImprovementsPanel panel, Completion completion) {
            super(panel, completion);
        }
    }

    private final Supplier<List<ImprovementItemView>> all;
    private final Supplier<LocalDate> today;
    private final Map<Long, ImprovementCard> cards = new HashMap<>();

    public ImprovementsPanel(Supplier<List<ImprovementItemView>> all, Supplier<LocalDate> today) {
        this.all = all;
        this.today = today;
        setId("improvements");
        addClassName("console-list");
    }

    public void refresh() {
        removeAll();
        cards.clear();
        List<ImprovementItemView> items = all.get();
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("backoffice.improvements.none")));
        }
        for (ImprovementItemView item : items) {
            ImprovementCard card = new ImprovementCard(item, today.get(),
                    (done, on) -> fireEvent(new Done(this, new Completion(done, on))));
            cards.put(item.id(), card);
            add(card);
        }
    }

    /** Shows a broken rule at the day of the item's card; false when it is not a rule about that day. */
    public boolean showError(long itemId, String ruleKey, String message) {
        return cards.get(itemId).showError(ruleKey, message);
    }

    /** Every item as CSV, to put above the list. */
    public Component export() {
        Div bar = new Div(CsvExport.<ImprovementItemView>named("improvements")
                .column("backoffice.suggestions.status", (item, locale) -> getTranslation(locale,
                        item.doneOn() != null ? "backoffice.improvements.done"
                                : item.late() ? "backoffice.improvements.late" : "backoffice.improvements.open"))
                .column("backoffice.satisfaction.serviceColumn",
                        (item, locale) -> getTranslation(locale, "services.rated." + item.service()))
                .column("backoffice.improvements.source",
                        (item, locale) -> getTranslation(locale, "backoffice.improvements.from." + item.source()))
                .column("backoffice.improvement.problem", ImprovementItemView::problem)
                .column("backoffice.improvement.rootCause", ImprovementItemView::rootCause)
                .column("backoffice.improvement.action", ImprovementItemView::action)
                .column("backoffice.improvement.owner",
                        (item, locale) -> getTranslation(locale, "backoffice.role." + item.ownerRole()))
                .column("backoffice.improvement.dueOn", (item, locale) -> HijriDates.both(item.dueOn(), locale))
                .column("backoffice.improvement.doneOn", (item, locale) -> item.doneOn() == null ? ""
                        : HijriDates.both(item.doneOn(), locale))
                .rows(() -> CsvExport.all(all.get())).link());
        bar.addClassName("console-filters");
        return bar;
    }

    public Registration addDoneListener(ComponentEventListener<Done> listener) {
        return addListener(Done.class, listener);
    }
}
