package coop.khidma.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro process running a WAR with {@code server-config/}, as in production: the dev run starts one, the
 * two-node test two (on loopback, each on a free port, over the same MariaDB). A node started here is also killed when
 * the JVM exits, so a failing test never leaves one running.
 */
public final class MicroNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final Thread killer;

    private MicroNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.killer = new Thread(process::destroyForcibly, "kill-" + name);
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /**
     * The Payara Micro command line of Khidma: the heap and stack of the container tests, no clustering, the MariaDB
     * driver on the server's class path, the JDBC pool and role mapping from {@code post-boot-commands.asadmin}, the
     * WAR at {@code /}.
     */
    public static List<String> command(Path war, Path driverJar, int port, Path rootDir, Path logProperties) {
        return command(Path.of(System.getProperty("payara.microJar")), List.of(), war, driverJar, port, rootDir,
                logProperties);
    }

    /**
     * As {@link #command(Path, Path, int, Path, Path)}, started from {@code launcher} (the Payara Micro jar, or the
     * launcher of a runtime it unpacked, which has the driver on its class path already: {@code driverJar} null) with
     * more JVM options.
     */
    public static List<String> command(Path launcher, List<String> jvmOptions, Path war, Path driverJar, int port,
                                       Path rootDir, Path logProperties) {
        Path config = Path.of(System.getProperty("khidma.serverConfig"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Xss1m"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar", launcher.toString(),
                "--nocluster",
                "--port", String.valueOf(port),
                "--rootdir", rootDir.toString()));
        if (driverJar != null) {
            command.addAll(List.of("--addLibs", driverJar.toString()));
        }
        command.addAll(List.of(
                "--postbootcommandfile", config.resolve("post-boot-commands.asadmin").toString(),
                "--logproperties", logProperties.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/"));
        return command;
    }

    /**
     * Starts a node named {@code name} on a free loopback port with {@code war}, its root directory and log in
     * {@code workDir}, with this JVM's environment plus {@code environment}. Returns at once: see {@link #awaitReady}.
     */
    public static MicroNode start(String name, Path war, Path workDir, Path logProperties, Map<String, String> environment)
            throws IOException {
        return start(name, war, workDir, logProperties, environment, List.of());
    }

    /** As {@link #start(String, Path, Path, Path, Map)}, with more Payara Micro options (a pre-boot command file). */
    public static MicroNode start(String name, Path war, Path workDir, Path logProperties, Map<String, String> environment,
                                  List<String> options) throws IOException {
        int port = freePort();
        Path root = workDir.resolve(name + "-root");
        DevServer.deleteRecursively(root);
        Files.createDirectories(workDir);
        Path log = workDir.resolve(name + ".log");
        List<String> command = command(war.toAbsolutePath(), Path.of(System.getProperty("khidma.driverJar")), port, root,
                logProperties);
        command.add(1, "-Djava.io.tmpdir=" + workDir.resolve(name + "-tmp"));
        command.addAll(1, serverJvm()); // the test run's JVM options for its servers (the quick compiler alone)
        command.addAll(options);
        Files.createDirectories(workDir.resolve(name + "-tmp"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        return new MicroNode(name, port, builder.start(), log);
    }

    /** The JVM options the test run gives its servers ({@code khidma.it.serverJvm}, set by the build). */
    public static List<String> serverJvm() {
        String options = System.getProperty("khidma.it.serverJvm", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** Waits until the node answers {@code /health/ready} (the database and its migrated schema are there). */
    public void awaitReady(Duration within) throws Exception {
        // HTTP/1.1: the client's default HTTP/2 upgrade once hung past the request's timeout on a node just ready
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting: " + tail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + within + ": " + tail());
    }

    public String name() {
        return name;
    }

    /** The loopback port it listens on. */
    public int port() {
        return port;
    }

    /** The node's process id (for {@code jcmd}). */
    public long pid() {
        return process.pid();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the node printed so far. */
    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Stops the node the hard way, as a crash or a pulled cable would: no shutdown of anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the node (asks first, then forces) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A port nobody listens on right now, on loopback. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
