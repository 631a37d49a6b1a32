package coop.khidma.ui.console.assembly;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import coop.khidma.assembly.entity.AssemblyKind;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.assembly.entity.Proxy;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.ui.console.members.MemberView;
import coop.khidma.ui.console.requests.RequestDetailView;
import coop.khidma.ui.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The proxies of a meeting without a browser: what staff record, and that readers change nothing. */
class ProxiesPanelTest {

    private static final Instant AT = Instant.parse("2026-09-20T07:00:00Z");

    private final List<ProxiesPanel.Typed> recorded = new ArrayList<>();
    private Proxy inForce;
    private Proxy gone;

    @BeforeEach
    void twoProxies() throws ReflectiveOperationException {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup(new Routes(Set.of(MemberView.class, RequestDetailView.class), Set.of(), true));
        UI.getCurrent().setLocale(Locales.ENGLISH);
        GeneralAssembly assembly = GeneralAssembly.schedule(new GeneralAssembly.Plan(AssemblyKind.ORDINARY,
                Instant.parse("2026-10-01T13:00:00Z"), null, "Najran", LocalDate.of(2026, 9, 30)), true, 15, false,
                AT.minusSeconds(86_400 * 20), "admin");
        Field id = GeneralAssembly.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(assembly, 7L);
        Proxy.Standing free = new Proxy.Standing(false, false, false, 0);
        inForce = Proxy.appoint(assembly, new Proxy.Parties(11L, "NJT-2026-0011", 12L, "NJT-2026-0012"), free, 2,
                501L, "2026-000501", "staff", AT);
        gone = Proxy.appoint(assembly, new Proxy.Parties(13L, "NJT-2026-0013", 12L, "NJT-2026-0012"), free, 2,
                null, null, "staff", AT);
        gone.withdraw(assembly, "staff", AT.plusSeconds(3600));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private ProxiesPanel panel(boolean mayChange) {
        ProxiesPanel panel = new ProxiesPanel(List.of(inForce, gone), mayChange);
        panel.addRecordListener(record -> recorded.add(record.typed()));
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void staffRecordAVerifiedRequestByItsReferenceAndTheGrantorsNumber() {
        ProxiesPanel panel = panel(true);
        _get(panel, TextField.class, spec -> spec.withId("proxy-request")).setValue("2026-000777");
        _get(panel, TextField.class, spec -> spec.withId("proxy-grantor")).setValue("NJT-2026-0014");

        _click(_get(panel, Button.class, spec -> spec.withId("proxy-record")));
        assertThat(recorded).containsExactly(new ProxiesPanel.Typed("2026-000777", "NJT-2026-0014"));
    }

    @Test
    void readersSeeNoFormAndNoWithdrawal() {
        ProxiesPanel panel = panel(false);

        _assertNone(panel, TextField.class);
        _assertNone(panel, Button.class);
    }
}
