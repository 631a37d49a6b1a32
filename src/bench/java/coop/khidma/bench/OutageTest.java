package coop.khidma.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The outage's bookkeeping: which phase a journey ended in, which failures told the person to try again. */
class OutageTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final Outage outage = new Outage(Duration.ofMinutes(4), Duration.ofSeconds(30), () -> { }, () -> { },
            now::get);

    @Test
    void phasesRunFromTheStopToTheReturnAndAMinuteAfter() {
        outage.stoppedAt(1_100 * SECOND);
        outage.backAt(1_135 * SECOND);

        assertThat(outage.phase(1_099 * SECOND)).isEqualTo(Outage.Phase.BEFORE);
        assertThat(outage.phase(1_100 * SECOND)).isEqualTo(Outage.Phase.AWAY);
        assertThat(outage.phase(1_134 * SECOND)).isEqualTo(Outage.Phase.AWAY);
        assertThat(outage.phase(1_135 * SECOND)).isEqualTo(Outage.Phase.RETURNING);
        assertThat(outage.phase(1_194 * SECOND)).isEqualTo(Outage.Phase.RETURNING);
        assertThat(outage.phase(1_195 * SECOND)).isEqualTo(Outage.Phase.AFTER);
    }

    @Test
    void beforeTheStopEverythingIsBefore() {
        assertThat(outage.phase(5_000 * SECOND)).isEqualTo(Outage.Phase.BEFORE);
    }

    @Test
    void failuresAreToldOnlyWhenTheScreenOrTheApiSaidToTryAgain() {
        assertThat(Outage.toldToTryAgain("no #ticket-number on kiosk/check-in (screen: ); notification: "
                + "لا تستطيع الخدمة الوصول إلى سجلاتها الآن ولم يُحفظ شيء. يرجى المحاولة مرة أخرى بعد لحظات.")).isTrue();
        assertThat(Outage.toldToTryAgain("no #tile-checkin on  (screen: error-page-text); error page: The service "
                + "cannot reach its records right now and nothing was saved. Please try again in a moment.")).isTrue();
        assertThat(Outage.toldToTryAgain("503 Retry-After 10 {\"status\":503}")).isTrue();
        assertThat(Outage.toldToTryAgain("503 {\"status\":503}")).as("503 without Retry-After").isFalse();
        assertThat(Outage.toldToTryAgain("500 java.sql.SQLNonTransientConnectionException")).isFalse();
        assertThat(Outage.toldToTryAgain("GET v-r=init on  answered 500: ")).as("a blank error").isFalse();
    }

    @Test
    void countsEachPhaseAndKeepsWhatWasNotToldAndWhenEachKindWorkedAgain() {
        outage.done("kiosk ticket");
        outage.done("api GET /articles");
        outage.stoppedAt(1_010 * SECOND);
        outage.backAt(1_045 * SECOND);
        now.set(1_020 * SECOND);
        outage.failed("kiosk ticket", "no #ticket-number; notification: " + Outage.MOMENT_EN);
        outage.failed("api GET /articles", "500 Internal Server Error");
        now.set(1_052 * SECOND);
        outage.done("kiosk ticket");
        now.set(1_200 * SECOND);
        outage.failed("kiosk ticket", "timed out");

        Outage.Figures figures = outage.figures();
        assertThat(figures.done()).containsEntry(Outage.Phase.BEFORE, 2).containsEntry(Outage.Phase.RETURNING, 1);
        assertThat(figures.failed()).containsEntry(Outage.Phase.AWAY, 2).containsEntry(Outage.Phase.AFTER, 1);
        assertThat(figures.told()).isEqualTo(1);
        assertThat(figures.untold()).isEqualTo(1);
        assertThat(figures.untoldFirst()).containsExactly("while it was away, api GET /articles: 500 Internal Server Error");
        assertThat(figures.laterFirst()).containsExactly("kiosk ticket: timed out");
        assertThat(figures.firstDoneAfterReturn()).isEqualTo(Map.of("kiosk ticket", 7.0));
        assertThat(figures.notAgain()).isEqualTo(List.of("api GET /articles"));
        assertThat(figures.everythingAgainSeconds()).as("a kind never done again").isInfinite();
    }

    @Test
    void gapsAreCountedFromWhereEachGroupStood() {
        Invariants.Check none = Invariants.gaps("refs", Map.of("2026", 41L),
                Map.of("2026", List.of(42L, 43L, 44L), "2027", List.of(1L, 2L)));
        assertThat(none.violations()).isZero();

        Invariants.Check two = Invariants.gaps("refs", Map.of("2026", 41L, "INQUIRIES 2026-12-05", 7L),
                new TreeMap<>(Map.of("2026", List.of(42L, 44L), "INQUIRIES 2026-12-05", List.of(9L))));
        assertThat(two.violations()).isEqualTo(2);
        assertThat(two.first()).isEqualTo("2026: 44 where 43 was next");
    }
}
