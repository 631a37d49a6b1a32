package coop.khidma.ui.shared;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import coop.khidma.platform.i18n.Locales;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** One column definition feeds a grid and its CSV: each gets its own columns, in the order defined, headed alike. */
class ColumnsTest {

    private record Row(String who, String what) {
    }

    private final Columns<Row> columns = new Columns<Row>()
            .column("admin.audit.when", (row, locale) -> locale.getLanguage() + ":" + row.what())
            .gridText(row -> "short " + row.what())
            .column("admin.audit.instant", Row::what).csvOnly()
            .column("admin.audit.who", Row::who)
            .column("admin.audit.change", row -> "→ " + row.what()).gridOnly();

    @BeforeEach
    void mockTheBrowser() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locales.ARABIC);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theCsvHasTheColumnsNotForTheGridOnlyInTheLanguageAsked() {
        assertThat(columns.header(Locale.ENGLISH)).containsExactly("When", "Instant (UTC)", "Who");
        assertThat(columns.line(new Row("admin1", "x"), Locale.ENGLISH)).containsExactly("en:x", "x", "admin1");
    }

    @Test
    void theGridHasTheColumnsNotForTheCsvOnlyHeadedInTheReadersLanguage() {
        Grid<Row> grid = new Grid<>();
        columns.addTo(grid);
        grid.setItems(List.of(new Row("admin1", "x")));

        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("متى", "من", "التغيير");
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("short x", "admin1", "→ x");
    }
}
