package coop.khidma.intake.control;

import coop.khidma.intake.control.Volume.Count;
import coop.khidma.intake.entity.Channel;
import coop.khidma.platform.time.DayRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static coop.khidma.intake.entity.RequestStatus.COMPLETED;
import static coop.khidma.intake.entity.RequestStatus.IN_INTAKE;
import static coop.khidma.intake.entity.RequestStatus.REJECTED;
import static coop.khidma.intake.entity.RequestStatus.RESOLVED;
import static coop.khidma.intake.entity.RequestStatus.SUBMITTED;
import static coop.khidma.intake.entity.RequestStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Report 1 on a small fixed data set: March 2026 against February 2026. */
class VolumeTest {

    private static final DayRange MARCH = new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    private final Volume volume = Volume.of(MARCH, List.of(
            new Count(Channel.PHONE, "INQUIRY", WITHDRAWN, 1),
            new Count(Channel.IN_PERSON, "COMPLAINT", SUBMITTED, 2),
            new Count(Channel.IN_PERSON, "COMPLAINT", RESOLVED, 1),
            new Count(Channel.IN_PERSON, "COMPLAINT", COMPLETED, 1)), List.of(
            new Count(Channel.IN_PERSON, "COMPLAINT", IN_INTAKE, 4),
            new Count(Channel.WEBSITE, "SUGGESTION", REJECTED, 3)));

    @Test
    void linesAreByChannelTypeAndOutcomeBesideThePeriodBeforeEvenWhenNoneCameNow() {
        assertThat(volume.previous()).isEqualTo(new DayRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(volume.rows()).extracting(VolumeRow::channel, VolumeRow::typeCode, VolumeRow::outcome,
                        row -> row.change().now(), row -> row.change().before(), row -> row.change().difference(),
                        row -> row.change().percent())
                .containsExactly(
                        tuple(Channel.IN_PERSON, "COMPLAINT", Outcome.OPEN, 2L, 4L, -2L, -50),
                        tuple(Channel.IN_PERSON, "COMPLAINT", Outcome.SERVED, 2L, 0L, 2L, null),
                        tuple(Channel.PHONE, "INQUIRY", Outcome.WITHDRAWN, 1L, 0L, 1L, null),
                        tuple(Channel.WEBSITE, "SUGGESTION", Outcome.REJECTED, 0L, 3L, -3L, -100));
    }

    @Test
    void everyChannelHasItsTotalInThePolicysOrderAndTheWholeIsComparedToo() {
        assertThat(volume.channels()).extracting(ChannelVolume::channel).containsExactly(Channel.values());
        assertThat(volume.channels()).extracting(row -> row.change().now(), row -> row.change().before())
                .containsExactly(tuple(4L, 4L), tuple(1L, 0L), tuple(0L, 0L), tuple(0L, 0L), tuple(0L, 0L),
                        tuple(0L, 0L), tuple(0L, 3L), tuple(0L, 0L));
        assertThat(volume.channels().get(0).change().percent()).isZero();
        assertThat(volume.total()).isEqualTo(new PeriodChange(5, 7, -2, -29));
    }

    @Test
    void theChangeIsRoundedToWholePercentHalfAwayFromZeroAndNeedsSomethingBefore() {
        assertThat(PeriodChange.between(9, 8).percent()).isEqualTo(13);
        assertThat(PeriodChange.between(3, 8).percent()).isEqualTo(-63);
        assertThat(PeriodChange.between(4, 3).percent()).isEqualTo(33);
        assertThat(PeriodChange.between(30, 10).percent()).isEqualTo(200);
        assertThat(PeriodChange.between(0, 0).percent()).isNull();
        assertThat(PeriodChange.between(0, 0).difference()).isZero();
    }

    @Test
    void everyFinalStatusHasItsOutcomeAndEveryOpenOneIsOpen() {
        assertThat(Outcome.of(COMPLETED)).isEqualTo(Outcome.SERVED);
        assertThat(Outcome.of(RESOLVED)).isEqualTo(Outcome.SERVED);
        assertThat(Outcome.of(REJECTED)).isEqualTo(Outcome.REJECTED);
        assertThat(Outcome.of(WITHDRAWN)).isEqualTo(Outcome.WITHDRAWN);
        assertThat(Ageing.STAGES).allSatisfy(stage -> assertThat(Outcome.of(stage)).isEqualTo(Outcome.OPEN));
    }
}
