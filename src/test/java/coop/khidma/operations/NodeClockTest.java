package coop.khidma.operations;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class NodeClockTest {

    @Test
    void leavesTheDayAloneOnceThePurgeHourHasCome() {
        assertThat(NodeClock.aheadToPurgeHours(ZonedDateTime.parse("2026-12-04T03:05:00+03:00[Asia/Riyadh]")))
                .isEqualTo(Duration.ZERO);
        assertThat(NodeClock.aheadToPurgeHours(ZonedDateTime.parse("2026-12-04T22:59:59+03:00[Asia/Riyadh]")))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void movesTheSmallHoursForwardToFiveMinutesPastThree() {
        assertThat(NodeClock.aheadToPurgeHours(ZonedDateTime.parse("2026-12-04T00:10:00+03:00[Asia/Riyadh]")))
                .isEqualTo(Duration.ofMinutes(175));
        assertThat(NodeClock.aheadToPurgeHours(ZonedDateTime.parse("2026-12-04T03:04:00+03:00[Asia/Riyadh]")))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void movesALateEveningToTheNextMorningRatherThanAcrossMidnightDuringTheRun() {
        assertThat(NodeClock.aheadToPurgeHours(ZonedDateTime.parse("2026-12-04T23:30:00+03:00[Asia/Riyadh]")))
                .isEqualTo(Duration.ofMinutes(215));
    }
}
