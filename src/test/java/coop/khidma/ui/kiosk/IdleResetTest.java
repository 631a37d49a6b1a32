package coop.khidma.ui.kiosk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdleResetTest {

    @Test
    void theCountdownWarnsForTheLastTenSecondsOrTheSecondHalfOfAShortIdleTime() {
        assertThat(IdleReset.countdownSeconds(90)).isEqualTo(10);
        assertThat(IdleReset.countdownSeconds(20)).isEqualTo(10);
        assertThat(IdleReset.countdownSeconds(10)).isEqualTo(5);
        assertThat(IdleReset.countdownSeconds(5)).isEqualTo(2);
    }
}
