package coop.khidma.reception.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaitEstimateTest {

    @Test
    void nobodyAheadMeansNoWait() {
        assertThat(WaitEstimate.minutes(0, List.of(Duration.ofMinutes(7)), 1)).isZero();
    }

    @Test
    void withoutHistoryATypicalVisitStandsIn() {
        assertThat(WaitEstimate.minutes(3, List.of(), 1)).isEqualTo(15);
    }

    @Test
    void theAverageOfRecentVisitsTimesThoseAhead() {
        assertThat(WaitEstimate.minutes(2, List.of(Duration.ofMinutes(4), Duration.ofMinutes(6)), 1)).isEqualTo(10);
    }

    @Test
    void desksShareTheLine() {
        assertThat(WaitEstimate.minutes(4, List.of(Duration.ofMinutes(6)), 2)).isEqualTo(12);
        assertThat(WaitEstimate.minutes(4, List.of(Duration.ofMinutes(6)), 0)).isEqualTo(24);
    }

    @Test
    void roundsUpToWholeMinutesAndNeverPromisesZeroWithSomeoneAhead() {
        assertThat(WaitEstimate.minutes(1, List.of(Duration.ofSeconds(61)), 1)).isEqualTo(2);
        assertThat(WaitEstimate.minutes(1, List.of(Duration.ofSeconds(10)), 3)).isEqualTo(1);
    }

    @Test
    void onlyTheLatestVisitsCount() {
        List<Duration> visits = new java.util.ArrayList<>(Collections.nCopies(WaitEstimate.RECENT_VISITS,
                Duration.ofMinutes(2)));
        visits.add(Duration.ofHours(5)); // an old, unusual visit
        assertThat(WaitEstimate.minutes(1, visits, 1)).isEqualTo(2);
    }
}
