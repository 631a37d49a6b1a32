package coop.khidma.intake.boundary;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class InboxPageTest {

    @Test
    void aFirstPageShorterThanAskedIsTheWholeList() {
        assertThat(InboxPage.totalShownBy(0, 50, 5)).hasValue(5);
        assertThat(InboxPage.totalShownBy(0, 50, 49)).hasValue(49);
    }

    @Test
    void anEmptyFirstPageMeansNothing() {
        assertThat(InboxPage.totalShownBy(0, 50, 0)).hasValue(0);
    }

    @Test
    void aFullPageLeavesTheTotalToTheCount() {
        assertThat(InboxPage.totalShownBy(0, 50, 50)).isEmpty();
        assertThat(InboxPage.totalShownBy(100, 50, 50)).isEmpty();
    }

    @Test
    void aShortLaterPageEndsTheListAfterItsOffset() {
        assertThat(InboxPage.totalShownBy(100, 50, 7)).hasValue(107);
    }

    @Test
    void anEmptyLaterPageSaysOnlyThatTheListEndedEarlier() {
        assertThat(InboxPage.totalShownBy(100, 50, 0)).isEqualTo(OptionalLong.empty());
    }

    @Test
    void aPageOfNothingAskedTellsNothing() {
        assertThat(InboxPage.totalShownBy(0, 0, 0)).isEmpty();
    }

    @Test
    void theRowsCannotBeChangedAfterwards() {
        List<InboxRow> rows = new ArrayList<>();
        InboxPage page = new InboxPage(rows, 0);
        rows.add(new InboxRow("2026-1", "COMPLAINT", null, null, "اسم", null, null));
        assertThat(page.rows()).isEmpty();
    }
}
