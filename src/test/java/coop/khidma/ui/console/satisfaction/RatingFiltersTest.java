package coop.khidma.ui.console.satisfaction;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.time.ReportPeriod;
import coop.khidma.ui.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The satisfaction page's filters without a browser: they emit what was chosen, and refuse a backwards range. */
class RatingFiltersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private RatingFilters filters;
    private final List<RatingFilters.Filter> shown = new ArrayList<>();

    @BeforeEach
    void showTheFilters() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locales.ARABIC);
        filters = new RatingFilters(TODAY, new Div());
        filters.addShownListener(event -> shown.add(event.typed()));
        UI.getCurrent().add(filters);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void atFirstTheLastTwoMonthsAndThisOneByMonthForEveryServiceAndChannel() {
        filters.apply();

        assertThat(shown).containsExactly(new RatingFilters.Filter(LocalDate.of(2026, 9, 1), TODAY,
                ReportPeriod.MONTH, null, null));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedAtItsEnd() {
        DatePicker to = _get(filters, DatePicker.class, spec -> spec.withId("satisfaction-to"));
        to.setValue(LocalDate.of(2026, 8, 31));

        _click(_get(filters, Button.class, spec -> spec.withId("satisfaction-show")));

        assertThat(shown).isEmpty();
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("اختر يوم البداية ويوم نهاية لا يسبقه.");
    }
}
