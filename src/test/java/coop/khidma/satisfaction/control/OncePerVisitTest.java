package coop.khidma.satisfaction.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OncePerVisitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aVisitIsRatedOnceAndAnotherVisitStillMay() {
        OncePerVisit visits = new OncePerVisit();
        assertThat(visits.first("2026-11-25/A-007", TODAY)).isTrue();
        assertThat(visits.first("2026-11-25/A-007", TODAY)).isFalse();
        assertThat(visits.first("2026-11-25/A-008", TODAY)).isTrue();
        assertThat(visits.first("2026-11-25/B-007", TODAY)).isTrue();
    }

    @Test
    void aNewDayForgetsYesterdaysVisits() {
        OncePerVisit visits = new OncePerVisit();
        visits.first("2026-11-25/A-001", TODAY);
        visits.first("2026-11-25/A-002", TODAY);
        assertThat(visits.first("2026-11-26/A-001", TODAY.plusDays(1))).isTrue();
        assertThat(visits.remembered()).isEqualTo(1);
    }

    @Test
    void noVisitNoRating() {
        OncePerVisit visits = new OncePerVisit();
        assertThat(visits.first(null, TODAY)).isFalse();
        assertThat(visits.first(" ", TODAY)).isFalse();
    }
}
