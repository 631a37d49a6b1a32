package coop.khidma.ui.console.assembly;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import coop.khidma.assembly.entity.AssemblyKind;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.ui.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The meeting form without a browser: days and times are read in Riyadh, and a broken rule shows at its field. */
class PlanFormTest {

    private PlanForm form;
    private final List<GeneralAssembly.Plan> planned = new ArrayList<>();

    @BeforeEach
    void showTheForm() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locales.ARABIC);
        form = new PlanForm(LocalDate.of(2026, 10, 1), null, "assembly.console.schedule");
        form.addPlannedListener(event -> planned.add(event.typed()));
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theFirstMeetingAtFourInTheAfternoonInRiyadhIsOneOClockUtcAndTheSecondTakesItsDayWithTheFirstsTime() {
        _get(form, TextField.class, spec -> spec.withId("assembly-place")).setValue("  مقر الجمعية، نجران ");
        _get(form, DatePicker.class, spec -> spec.withId("assembly-record-date")).setValue(LocalDate.of(2026, 9, 30));
        _get(form, DatePicker.class, spec -> spec.withId("assembly-second-day")).setValue(LocalDate.of(2026, 10, 8));

        _click(_get(form, Button.class, spec -> spec.withId("assembly-save")));

        assertThat(planned).containsExactly(new GeneralAssembly.Plan(AssemblyKind.ORDINARY,
                Instant.parse("2026-10-01T13:00:00Z"), Instant.parse("2026-10-08T13:00:00Z"),
                "  مقر الجمعية، نجران ", LocalDate.of(2026, 9, 30)));
    }

    @Test
    void noSecondDayMeansNoSecondMeeting() {
        _get(form, TimePicker.class, spec -> spec.withId("assembly-first-time")).setValue(LocalTime.of(9, 30));

        _click(_get(form, Button.class, spec -> spec.withId("assembly-save")));

        assertThat(planned.get(0).firstMeetingAt()).isEqualTo(Instant.parse("2026-10-01T06:30:00Z"));
        assertThat(planned.get(0).secondMeetingAt()).isNull();
    }

    @Test
    void aMeetingInsideTheNoticeIsRefusedAtItsDay() {
        assertThat(form.showError("rule.assembly.insideNotice", "داخل مهلة الإشعار")).isTrue();

        DatePicker day = _get(form, DatePicker.class, spec -> spec.withId("assembly-first-day"));
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("داخل مهلة الإشعار");
        assertThat(form.showError("rule.proxy.limit", "…")).isFalse();
    }
}
