package coop.khidma.platform.scheduling;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineJobsTest {

    private record Job(String name, int order, String lease) implements DeadlineJob {

        @Override
        public Optional<String> slot(String minute) {
            return Optional.of(minute);
        }

        @Override
        public int run(String node, String slot) {
            return 0;
        }
    }

    @Test
    void jobsRunInTheirOrderAndTheMinutesLeaseComesBeforeALaterJobsOwnLease() {
        Job purge = new Job("retention-purge", 100, "privacy-purge");
        Job outbox = new Job("outbox", 30, DeadlineJobs.LEASE);
        Job escalations = new Job("escalations", 10, DeadlineJobs.LEASE);
        Job agenda = new Job("agenda-items", 20, DeadlineJobs.LEASE);

        Map<String, List<DeadlineJob>> byLease = DeadlineJobs.byLease(List.of(purge, outbox, escalations, agenda));

        assertThat(byLease.keySet()).containsExactly(DeadlineJobs.LEASE, "privacy-purge");
        assertThat(byLease.get(DeadlineJobs.LEASE)).containsExactly(escalations, agenda, outbox);
        assertThat(byLease.get("privacy-purge")).containsExactly(purge);
    }

    @Test
    void jobsOfTheSameOrderRunByName() {
        Job b = new Job("b", 10, DeadlineJobs.LEASE);
        Job a = new Job("a", 10, DeadlineJobs.LEASE);

        assertThat(DeadlineJobs.byLease(List.of(b, a)).get(DeadlineJobs.LEASE)).containsExactly(a, b);
    }

    @Test
    void aJobRunsInTheMinutesSlotUnlessItSaysOtherwise() {
        DeadlineJob minute = new DeadlineJob() {
            @Override
            public String name() {
                return "minute";
            }

            @Override
            public int order() {
                return 1;
            }

            @Override
            public int run(String node, String slot) {
                return 0;
            }
        };

        assertThat(minute.lease()).isEqualTo(DeadlineJobs.LEASE);
        assertThat(minute.slot("2026-11-25T10:15:00Z")).contains("2026-11-25T10:15:00Z");
    }
}
