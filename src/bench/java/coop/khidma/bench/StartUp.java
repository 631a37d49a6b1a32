package coop.khidma.bench;

import coop.khidma.support.DevServer;
import coop.khidma.support.MicroNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * P3: the time from launching Payara Micro to {@code /health/ready} answering 200, for Khidma (its WAR as built, the
 * server configuration of production; a first start over an empty database, or a restart over the database a first
 * start left) and for a hello-world WAR, launched the same way (same JVM options, same fresh root directory, no
 * clustering).
 * <p>
 * Two switches for a measuring run, both applied alike to both sides: {@code -Dkhidma.bench.cds=true} gives each side
 * a class-data-sharing archive of its own (JDK dynamic AppCDS: one training launch per side ends with
 * {@code -XX:ArchiveClassesAtExit}, the measured launches start with {@code -XX:SharedArchiveFile}), and
 * {@code -Dkhidma.bench.startJvm="…"} adds JVM options to every launch, {@code {name}} standing for the launch's name
 * (e.g. {@code -XX:StartFlightRecording=filename=target/bench/start-up/{name}.jfr,settings=profile}).
 */
final class StartUp {

    // HTTP/1.1, as MicroNode asks: the client's default HTTP/2 upgrade once hung past the request's timeout on a node
    // just ready (here a busy machine's first start was never seen ready within the limit)
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration LIMIT = Duration.ofMinutes(4);

    /**
     * One launch: which, its seconds to ready, and Payara's own figures from its log, in ms (-1 when the log lacks
     * one): its boot ("startup time … total") and the WAR's deployment ("successfully deployed in"); and the CPU
     * seconds its JVM had used by then (all threads, user and system), which other work on a shared machine disturbs
     * far less than the seconds to ready.
     */
    record Phases(String name, double readySeconds, long bootMillis, long deployMillis, double cpuSeconds) {

        private static final java.util.regex.Pattern BOOT =
                java.util.regex.Pattern.compile("startup time : .*total\\(([\\d,]+)ms\\)");
        private static final java.util.regex.Pattern DEPLOYED =
                java.util.regex.Pattern.compile("was successfully deployed in ([\\d,]+) milliseconds");

        static Phases of(String name, double readySeconds, Path log, double cpuSeconds) throws IOException {
            String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            return new Phases(name, readySeconds, first(BOOT, text), first(DEPLOYED, text), cpuSeconds);
        }

        /** The seconds to ready that neither figure covers: JVM launch, post-boot commands, work after deployment. */
        double restSeconds() {
            return bootMillis < 0 || deployMillis < 0 ? Double.NaN
                    : readySeconds - (bootMillis + deployMillis) / 1e3;
        }

        private static long first(java.util.regex.Pattern pattern, String text) {
            java.util.regex.Matcher found = pattern.matcher(text);
            return found.find() ? Long.parseLong(found.group(1).replace(",", "")) : -1;
        }
    }

    private final Path work;
    private final List<Phases> phases = new ArrayList<>();

    StartUp(Path work) {
        this.work = work;
    }

    /** A WAR with nothing but a servlet that says hello. */
    File helloWar() throws IOException {
        File war = work.resolve("hello.war").toFile();
        Files.createDirectories(work);
        ShrinkWrap.create(WebArchive.class, "hello.war").addClass(Hello.class).as(ZipExporter.class)
                .exportTo(war, true);
        return war;
    }

    /** Whether this run gives each side a class-data-sharing archive ({@code -Dkhidma.bench.cds=true}). */
    boolean sharesClassData() {
        return Boolean.getBoolean("khidma.bench.cds");
    }

    /**
     * Makes each side's class-data-sharing archive: one launch each until ready, then stopped, the JVM writing the
     * classes it loaded at its exit. Khidma's training launch is a first start over the (empty) database given.
     */
    void trainClassData(File helloWar, Map<String, String> database) throws Exception {
        for (String side : List.of("hello", "khidma")) {
            Files.deleteIfExists(archive(side));
        }
        readyAfter(helloOptions(helloWar), Map.of(), "hello", "hello-training");
        readyAfter(khidmaOptions(), database, "khidma", "khidma-training");
        phases.clear();
        for (String side : List.of("hello", "khidma")) {
            if (!Files.isRegularFile(archive(side))) {
                throw new IllegalStateException("no class-data archive " + archive(side) + "; see the training logs");
            }
        }
    }

    /** Seconds until ready for the hello-world WAR. */
    double hello(File war) throws Exception {
        return readyAfter(helloOptions(war), Map.of(), "hello", "hello");
    }

    /** Seconds until ready for Khidma over the database the environment names; {@code name} names the launch. */
    double khidma(Map<String, String> database, String name) throws Exception {
        return readyAfter(khidmaOptions(), database, "khidma", name);
    }

    private static List<String> helloOptions(File war) {
        return List.of("--deploy", war.getPath(), "--contextroot", "/");
    }

    private static List<String> khidmaOptions() {
        String config = System.getProperty("khidma.serverConfig");
        return List.of("--addLibs", System.getProperty("khidma.driverJar"),
                "--postbootcommandfile", config + "/post-boot-commands.asadmin",
                "--logproperties", config + "/logging.properties",
                "--deploy", System.getProperty("khidma.war"), "--contextroot", "/");
    }

    private Path archive(String side) {
        return work.resolve(side + ".jsa").toAbsolutePath();
    }

    /**
     * Launches one side ({@code hello} or {@code khidma}: its root directory, made fresh, and its class-data archive)
     * and measures until ready; {@code name} names the launch (its log, its row of phases).
     */
    private double readyAfter(List<String> options, Map<String, String> environment, String side, String name)
            throws Exception {
        Path root = work.resolve("root-" + side);
        DevServer.deleteRecursively(root);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Xss1m", "-Djava.io.tmpdir=" + work));
        command.addAll(MicroNode.serverJvm()); // both sides alike: the smoke run's quick compiler, -Pbench's defaults
        if (sharesClassData()) {
            command.add((name.endsWith("-training") ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=")
                    + archive(side));
        }
        String extra = System.getProperty("khidma.bench.startJvm", "").strip();
        if (!extra.isEmpty()) {
            for (String option : extra.split("\\s+")) {
                command.add(option.replace("{name}", name));
            }
        }
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"),
                "--nocluster", "--port", String.valueOf(port), "--rootdir", root.toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long began = System.nanoTime();
        Process payara = builder.start();
        try {
            while (System.nanoTime() - began < LIMIT.toNanos()) {
                if (!payara.isAlive()) {
                    throw new IllegalStateException(name + " stopped before it was ready; see " + work.resolve(name + ".log"));
                }
                try {
                    if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        double seconds = (System.nanoTime() - began) / 1e9;
                        double cpu = payara.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
                        phases.add(Phases.of(name, seconds, work.resolve(name + ".log"), cpu));
                        return seconds;
                    }
                } catch (IOException notListeningYet) {
                    // keep asking
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException(name + " was not ready within " + LIMIT);
        } finally {
            payara.destroy();
            if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                payara.destroyForcibly().waitFor();
            }
        }
    }

    /** Each launch's {@link Phases}, in the order launched. */
    List<Phases> phases() {
        return List.copyOf(phases);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
