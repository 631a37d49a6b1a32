package coop.khidma.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P1's latencies named by their place in each client's workflow. */
class StepTailTest {

    @Test
    void namesTheStepsAroundTheChecklistsVerifications() {
        assertThat(StepTail.name(0, 12)).isEqualTo("submit");
        assertThat(StepTail.name(2, 12)).isEqualTo("start intake");
        assertThat(StepTail.name(3, 12)).isEqualTo("verify an item (2 a workflow)");
        assertThat(StepTail.name(4, 12)).isEqualTo("verify an item (2 a workflow)");
        assertThat(StepTail.name(5, 12)).isEqualTo("complete intake");
        assertThat(StepTail.name(11, 12)).isEqualTo("complete the registration");
    }

    @Test
    void eachStepsTailComesFromThatStepAloneAcrossClientsAndWorkflows() {
        // 2 clients × 2 workflows of 11 steps (one verification): step k takes k+1 ms, but "decide" once took 90 ms
        List<Long> latencies = new ArrayList<>();
        for (int workflow = 0; workflow < 4; workflow++) {
            for (int step = 0; step < 11; step++) {
                latencies.add((step == 8 && workflow == 3 ? 90 : step + 1) * 1_000_000L);
            }
        }
        Map<String, Double> p99 = StepTail.p99ByStep(latencies, 2, 2);

        assertThat(p99).hasSize(11).containsEntry("submit", 1.0).containsEntry("verify an item (1 a workflow)", 4.0)
                .containsEntry("decide", 90.0).containsEntry("complete the registration", 11.0);
        assertThat(StepTail.sideBySide(Map.of("submit", 12.5), Map.of("submit", 3.25))).isEqualTo("submit 12.5/3.3");
    }
}
