package coop.khidma.api;

import coop.khidma.api.Representations.CommitteeDecision;
import coop.khidma.review.boundary.ExpectedDecision;
import coop.khidma.review.boundary.ExpectedDecision.Basis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The website's tracking answer states the committee's window as the kiosk does, in Gregorian and Umm al-Qura. */
class CommitteeDecisionTest {

    @Test
    void theWindowInBothCalendarsWithTheKiosksSentenceInEachLanguage() {
        // a hand-over on Friday 9 January 2026: floor Sunday 25 January, ceiling Wednesday 28 January; in Umm al-Qura
        // 1 Sha'ban 1447 is Tuesday 20 January 2026 (Rajab has 30 days), so 6 and 9 Sha'ban 1447
        CommitteeDecision decision = CommitteeDecision.of(new ExpectedDecision(Basis.ON_AGENDA,
                LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 28)));
        assertThat(decision.basis()).isEqualTo("ON_AGENDA");
        assertThat(decision.earliest()).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThat(decision.earliestHijri()).isEqualTo("1447-08-06");
        assertThat(decision.latestHijri()).isEqualTo("1447-08-09");
        assertThat(decision.textEnglish()).contains("not less than two weeks")
                .contains("not taken before 6 Sha'ban 1447 AH — 25 January 2026")
                .contains("no later than 9 Sha'ban 1447 AH — 28 January 2026");
        assertThat(decision.textArabic()).contains("لا تقل عن أسبوعين")
                .contains("قبل ٦ شعبان ١٤٤٧ هـ — ٢٥ يناير ٢٠٢٦ م").contains("أقصاه ٩ شعبان ١٤٤٧ هـ — ٢٨ يناير ٢٠٢٦ م");
    }

    @Test
    void aStoppedClockHasNoDates() {
        CommitteeDecision paused = CommitteeDecision.of(new ExpectedDecision(Basis.PAUSED, null, null));
        assertThat(paused.earliest()).isNull();
        assertThat(paused.earliestHijri()).isNull();
        assertThat(paused.latestHijri()).isNull();
        assertThat(paused.textEnglish()).contains("clock is stopped");
    }
}
