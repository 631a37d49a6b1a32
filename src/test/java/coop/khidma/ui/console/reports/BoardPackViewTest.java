package coop.khidma.ui.console.reports;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import coop.khidma.board.boundary.BoardPack;
import coop.khidma.board.boundary.BoardPacks;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.time.DayRange;
import coop.khidma.ui.console.PeriodPicker;
import coop.khidma.ui.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The board pack page without a browser, on Thursday 5 March 2026 (Ramadan 1447), over the reports page's fakes. */
class BoardPackViewTest {

    private static final Clock THURSDAY = Clock.fixed(Instant.parse("2026-03-05T09:00:00Z"), ZoneOffset.UTC);

    /** The pack of any month, from the reports page's fixed figures; refuses what is not a whole month. */
    static class Packs extends BoardPacks {
        final List<DayRange> asked = new ArrayList<>();

        @Override
        public BoardPack pack(DayRange month) {
            asked.add(month);
            if (!month.isWholeMonth()) {
                throw new DomainException("rule.report.boardPackMonth");
            }
            return new BoardPack(month, new ReportsViewTest.Channels().volume(month),
                    new ReportsViewTest.Promised().promises(month), new ReportsViewTest.Committee().committee(month),
                    new ReportsViewTest.Referred().referrals(month),
                    new ReportsViewTest.Backlog().ageing(LocalDate.of(2026, 3, 5)),
                    new ReportsViewTest.Counter().reception(month), new ReportsViewTest.Rated().byService(month));
        }
    }

    private final Packs packs = new Packs();

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private BoardPackView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        BoardPackView view = new BoardPackView(packs, THURSDAY);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void thisGregorianMonthFirstWithALinePerReportAndItsPrintPage() {
        BoardPackView view = open(Locale.ENGLISH);
        assertThat(packs.asked).containsExactly(new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(view.print.getHref()).isEqualTo("console/print/board-pack?from=2026-03-01&to=2026-03-31");
        List<ListItem> items = view.summary.getChildren().findFirst().orElseThrow().getChildren()
                .map(ListItem.class::cast).toList();
        assertThat(items).hasSize(7);
        assertThat(items.get(6).getElement().getTextRecursively())
                .isEqualTo("Satisfaction by service10 ratings in this period, on average 3.20 out of 5.");
        assertThat(view.picker.choice.getListDataView().getItems()).doesNotContain(PeriodPicker.Choice.CUSTOM,
                PeriodPicker.Choice.THIS_WEEK);
    }

    @Test
    void theHijriMonthBeforeIsShaban1447AndTheLinesAreInArabic() {
        BoardPackView view = open(Locales.ARABIC);
        view.picker.choice.setValue(PeriodPicker.Choice.LAST_HIJRI_MONTH);
        assertThat(packs.asked.get(1)).isEqualTo(new DayRange(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 17)));
        assertThat(view.summary.getElement().getTextRecursively()).contains("الرضا حسب الخدمة")
                .contains("أُحيل ٣ طلبًا إلى اللجنة");
    }

    @Test
    void aPackThatIsRefusedSaysWhyAndOffersNoPrintPage() {
        BoardPackView view = open(Locale.ENGLISH);
        Packs refusing = new Packs() {
            @Override
            public BoardPack pack(DayRange month) {
                throw new DomainException("rule.report.boardPackMonth");
            }
        };
        BoardPackView refused = new BoardPackView(refusing, THURSDAY);
        UI.getCurrent().add(refused);
        assertThat(refused.summary.getElement().getTextRecursively())
                .isEqualTo("Choose a whole Hijri or Gregorian month for the board pack.");
        assertThat(refused.print.isVisible()).isFalse();
        assertThat(view.print.isVisible()).isTrue();
    }
}
