package coop.khidma.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Payara Micro process's used heap right after a full collection ({@code jcmd GC.run} twice, then
 * {@code GC.heap_info}, every generation's "used" added up): what the server really keeps, without the garbage a moment's work leaves.
 */
final class ServerHeap {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private ServerHeap() {
    }

    /** The first Payara Micro this JVM started (the test run's own server). */
    static long payaraStartedHere() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains("payara-micro"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Payara Micro started by this test"))
                .pid();
    }

    static long usedAfterFullGcKilobytes(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        // one "total …, used …K" line per heap (G1) or generation (serial: young and tenured), then the metaspace's
        String info = jcmd(pid, "GC.heap_info");
        long used = 0;
        boolean found = false;
        for (String line : info.lines().toList()) {
            Matcher figure = USED.matcher(line);
            if (line.contains("total") && !line.contains("Metaspace") && !line.contains("class space") && figure.find()) {
                used += Long.parseLong(figure.group(1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("jcmd GC.heap_info said nothing about the used heap: " + info);
        }
        return used;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
