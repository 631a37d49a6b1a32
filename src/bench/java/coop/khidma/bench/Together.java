package coop.khidma.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

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

    private Together() {
    }

    static Timings run(ExecutorService threads, int clients, int times, Work work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int me = client;
            running.add(threads.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                start.await();
                for (int i = 0; i < times; i++) {
                    work.run(me, latencies);
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
