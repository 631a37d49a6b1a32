package coop.khidma.bench;

import java.util.Arrays;
import java.util.List;

/** What one side of a benchmark measured: how many requests in how long, and each one's latency. */
record Latencies(int requests, double seconds, double p50Millis, double p95Millis, double p99Millis) {

    /** From the wall time and every latency, both in nanoseconds. */
    static Latencies of(long wallNanos, List<Long> latencyNanos) {
        long[] sorted = latencyNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Latencies(sorted.length, wallNanos / 1e9, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99));
    }

    /** The driver's answer: the wall time, then the latencies, in nanoseconds separated by blanks. */
    static Latencies parse(String answer) {
        long[] numbers = Arrays.stream(answer.strip().split("\\s+")).mapToLong(Long::parseLong).toArray();
        return of(numbers[0], Arrays.stream(numbers, 1, numbers.length).boxed().toList());
    }

    double perSecond() {
        return requests / seconds;
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
