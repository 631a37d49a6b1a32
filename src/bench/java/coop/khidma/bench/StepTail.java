package coop.khidma.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where P1's tail is: the p99 of each step of the membership workflow (both sides walk the same steps in the same
 * order, so a latency's place in a client's list names its step), and how long Payara Micro's collections took while
 * the workflows ran.
 */
final class StepTail {

    /** The steps before the checklist's verifications, and after them, as both sides walk them. */
    private static final List<String> FIRST = List.of("submit", "open", "start intake");
    private static final List<String> LAST = List.of("complete intake", "open again", "hand to the committee",
            "allow the early decision", "decide", "open once more", "complete the registration");

    private StepTail() {
    }

    /**
     * The p99 of each step, in milliseconds, from the latencies of {@code clients} clients each walking
     * {@code workflows} workflows (each client's in order, one client after another); the checklist's verifications
     * pooled as one step.
     */
    static Map<String, Double> p99ByStep(List<Long> latencies, int clients, int workflows) {
        int steps = latencies.size() / (clients * workflows);
        Map<String, List<Long>> byStep = new LinkedHashMap<>();
        for (int i = 0; i < latencies.size(); i++) {
            byStep.computeIfAbsent(name(i % steps, steps), any -> new ArrayList<>()).add(latencies.get(i));
        }
        Map<String, Double> p99 = new LinkedHashMap<>();
        byStep.forEach((step, nanos) -> p99.put(step, Latencies.of(1, nanos).p99Millis()));
        return p99;
    }

    static String name(int index, int steps) {
        int verifications = steps - FIRST.size() - LAST.size();
        if (index < FIRST.size()) {
            return FIRST.get(index);
        }
        if (index < FIRST.size() + verifications) {
            return "verify an item (" + verifications + " a workflow)";
        }
        return LAST.get(index - FIRST.size() - verifications);
    }

    /** Both sides' p99 per step, side by side: "step Khidma/raw ms". */
    static String sideBySide(Map<String, Double> app, Map<String, Double> raw) {
        List<String> steps = new ArrayList<>();
        app.forEach((step, p99) -> steps.add(String.format(Locale.ROOT, "%s %.1f/%.1f", step, p99,
                raw.getOrDefault(step, Double.NaN))));
        return String.join(", ", steps);
    }

    /** The milliseconds a JVM has spent in garbage collection so far (jstat's GCT column). */
    static double collectionMillis(long pid) throws IOException, InterruptedException {
        Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                String.valueOf(pid)).redirectErrorStream(true).start();
        String output = new String(jstat.getInputStream().readAllBytes());
        if (!jstat.waitFor(30, TimeUnit.SECONDS) || jstat.exitValue() != 0) {
            throw new IOException("jstat -gc " + pid + ": " + output);
        }
        List<String> lines = output.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
        List<String> names = Arrays.asList(lines.get(0).split("\\s+"));
        String[] values = lines.get(1).split("\\s+");
        return Double.parseDouble(values[names.indexOf("GCT")]) * 1000;
    }
}
