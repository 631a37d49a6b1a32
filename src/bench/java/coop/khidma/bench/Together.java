package coop.khidma.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** N clients started at the same moment, each doing its work a number of times; every latency kept. */
final class Together {

    /** One client's work, once: adds the latency of each request it made. */
    interface Work {
        void run(int client, List<Long> latencies) throws Exception;
    }

    /** The wall time from the start signal to the last client's end, and every request's latency (nanoseconds). */
    record Timings(long wallNanos, List<Long> latencies) {

        /** The drivers' answer line: the wall time, then the latencies. */
        String line() {
            StringBuilder line = new StringBuilder().append(wallNanos);
            latencies.forEach(latency -> line.append(' ').append(latency));
            return line.toString();
        }
    }

    /** The most clients of the last run that were working at one moment (not waiting for a thread). */
    private static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

    private Together() {
    }

    static int mostAtOnceLastRun() {
        return MOST_AT_ONCE.get();
    }

    static Timings run(ExecutorService threads, int clients, int times, Work work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger atOnce = new AtomicInteger();
        MOST_AT_ONCE.set(0);
        List<Future<List<Long>>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int me = client;
            running.add(threads.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                start.await();
                MOST_AT_ONCE.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                try {
                    for (int i = 0; i < times; i++) {
                        work.run(me, latencies);
                    }
                } finally {
                    atOnce.decrementAndGet();
                }
                return latencies;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> client : running) {
            all.addAll(client.get());
        }
        return new Together.Timings(System.nanoTime() - began, all);
    }
}
