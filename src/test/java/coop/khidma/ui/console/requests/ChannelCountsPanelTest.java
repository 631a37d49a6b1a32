package coop.khidma.ui.console.requests;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import coop.khidma.intake.boundary.ChannelCount;
import coop.khidma.intake.boundary.ChannelFigures;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.time.DayRange;
import coop.khidma.ui.console.PeriodPicker;
import coop.khidma.ui.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page's count by channel without a browser: the period chosen, named in both calendars, and the totals. */
class ChannelCountsPanelTest {

    /** The boundary's answer for any period, and the periods it was asked for. */
    static class Figures extends ChannelFigures {
        final List<DayRange> asked = new ArrayList<>();

        @Override
        public List<ChannelCount> counts(DayRange period) {
            asked.add(period);
            return List.of(new ChannelCount(Channel.HELP_REQUEST, "COMPLAINT", RequestStatus.SUBMITTED, 3),
                    new ChannelCount(Channel.VOLUNTEERING, "SUGGESTION", RequestStatus.IN_INTAKE, 2));
        }
    }

    private final Figures figures = new Figures();
    private ChannelCountsPanel panel;

    @BeforeEach
    void showThePanel() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        panel = new ChannelCountsPanel(figures);
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void thisGregorianMonthIsCountedFirstAndDaysChosenByHandAreNamedInBothCalendars() {
        assertThat(figures.asked).hasSize(1);
        assertThat(figures.asked.get(0).from().getDayOfMonth()).isEqualTo(1);
        assertThat(panel.picker.from.isVisible()).isFalse();

        panel.picker.choice.setValue(PeriodPicker.Choice.CUSTOM);
        panel.picker.from.setValue(LocalDate.of(2026, 2, 18));
        panel.picker.to.setValue(LocalDate.of(2026, 3, 19));

        assertThat(panel.picker.from.isVisible()).isTrue();
        assertThat(figures.asked.get(figures.asked.size() - 1))
                .isEqualTo(new DayRange(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19)));
        assertThat(panel.period.getText())
                .isEqualTo("1 Ramadan 1447 AH – 30 Ramadan 1447 AH · 18 February 2026 – 19 March 2026");
        assertThat(panel.total.getText()).isEqualTo("5 requests in this period");
        assertThat(panel.grid.getListDataView().getItems()).extracting(ChannelCount::channel)
                .containsExactly(Channel.HELP_REQUEST, Channel.VOLUNTEERING);
    }

    @Test
    void aLastDayBeforeTheFirstIsRefusedAtTheFieldAndNothingIsCounted() {
        UI.getCurrent().setLocale(Locales.ARABIC);
        panel.picker.choice.setValue(PeriodPicker.Choice.CUSTOM);
        panel.picker.to.setValue(LocalDate.of(2026, 3, 1));
        panel.picker.from.setValue(LocalDate.of(2026, 3, 2));
        int asked = figures.asked.size();

        panel.picker.to.setValue(LocalDate.of(2026, 2, 28));

        assertThat(figures.asked).hasSize(asked);
        assertThat(panel.picker.to.isInvalid()).isTrue();
        assertThat(panel.picker.to.getErrorMessage()).contains("يوم النهاية");
    }
}
