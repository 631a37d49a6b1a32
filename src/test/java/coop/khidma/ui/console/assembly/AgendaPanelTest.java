package coop.khidma.ui.console.assembly;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import coop.khidma.assembly.boundary.Assemblies;
import coop.khidma.assembly.boundary.AssemblyRef;
import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.AssemblyKind;
import coop.khidma.assembly.entity.DecisionRule;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.ui.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The agenda without a browser: its items in order with their notes, and the boundary verb each button asks for. */
class AgendaPanelTest {

    private static final Instant AT = Instant.parse("2026-09-01T07:00:00Z");
    private static final AssemblyRef REF = new AssemblyRef(7, 3);

    private final List<String> asked = new ArrayList<>();
    private final List<AgendaPanel.Change> changes = new ArrayList<>();
    private List<AgendaItem> agenda;

    /** Writes down which verb a change stands for, with what. */
    private final Assemblies recording = new Assemblies() {
        @Override
        public Scheduled moveItem(AssemblyRef ref, int position, int step) {
            asked.add("move " + position + " " + step + " " + ref);
            return null;
        }

        @Override
        public Scheduled removeItem(AssemblyRef ref, int position) {
            asked.add("remove " + position);
            return null;
        }

        @Override
        public Scheduled reviseItem(AssemblyRef ref, int position, AgendaItem.Text text, DecisionRule rule) {
            asked.add("revise " + position + " " + text.titleEnglish() + " " + rule);
            return null;
        }

        @Override
        public Scheduled addItem(AssemblyRef ref, AgendaItem.Text text, DecisionRule rule) {
            asked.add("add " + text.titleArabic() + " " + rule);
            return null;
        }
    };

    @BeforeEach
    void aMeetingWithTwoItems() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locales.ARABIC);
        GeneralAssembly assembly = GeneralAssembly.schedule(new GeneralAssembly.Plan(AssemblyKind.ORDINARY,
                Instant.parse("2026-10-01T13:00:00Z"), null, "نجران", LocalDate.of(2026, 9, 30)), true, 15, false,
                AT, "admin");
        stored(assembly, 7L);
        assembly.addItem(new AgendaItem.Text("اعتماد القوائم المالية", "Approving the financial statements",
                "مرفقة بالدعوة", "Enclosed with the invitation"), DecisionRule.MAJORITY, AT, "admin");
        assembly.addItem(new AgendaItem.Text("تقرير مجلس الإدارة", "The board's report", null, null),
                DecisionRule.INFORMATION_ONLY, AT, "admin");
        agenda = assembly.agenda();
    }

    /** As the persistence provider would leave it: with its id. */
    private static void stored(GeneralAssembly assembly, long id) {
        try {
            Field field = GeneralAssembly.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(assembly, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private AgendaPanel panel(boolean editable) {
        AgendaPanel panel = new AgendaPanel(agenda, editable);
        panel.addChangedListener(changed -> changes.add(changed.typed()));
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void readersSeeTheItemsAndTheirNotesButNoButton() {
        AgendaPanel panel = panel(false);

        assertThat(panel.getElement().getTextRecursively()).contains("1. اعتماد القوائم المالية — Approving the "
                + "financial statements", "مرفقة بالدعوة", "Enclosed with the invitation", "2. تقرير مجلس الإدارة",
                "للعلم دون تصويت");
        _assertNone(panel, Button.class);
    }

    @Test
    void eachButtonAsksForItsVerbOnTheItemItStandsBeside() {
        AgendaPanel panel = panel(true);

        _click(_get(panel, Button.class, spec -> spec.withId("agenda-up-2")));
        _click(_get(panel, Button.class, spec -> spec.withId("agenda-remove-1")));
        _click(_get(panel, Button.class, spec -> spec.withId("agenda-edit-2")));
        _get(panel, TextField.class, spec -> spec.withId("agenda-title-en")).setValue("The board's annual report");
        _click(_get(panel, Button.class, spec -> spec.withId("agenda-save")));
        changes.forEach(change -> change.apply(recording, REF));

        assertThat(asked).containsExactly("move 2 -1 AssemblyRef[id=7, version=3]", "remove 1",
                "revise 2 The board's annual report INFORMATION_ONLY");
    }

    @Test
    void aNewItemIsAddedByMajorityUnlessAnotherRuleIsChosen() {
        AgendaPanel panel = panel(true);
        _get(panel, TextField.class, spec -> spec.withId("agenda-title-ar")).setValue("انتخاب مجلس الإدارة");

        _click(_get(panel, Button.class, spec -> spec.withId("agenda-save")));
        changes.forEach(change -> change.apply(recording, REF));

        assertThat(asked).containsExactly("add انتخاب مجلس الإدارة MAJORITY");
    }
}
