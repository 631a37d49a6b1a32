package coop.khidma.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What {@code ./mvnw -Prun} starts: an embedded MariaDB (unless {@code KHIDMA_DB_URL} points at an external
 * one) and Payara Micro with the exploded WAR at {@code /}, configured by {@code server-config/} exactly as in
 * production. Ctrl+C stops both. What a run leaves for the next is only what does not change between runs: the
 * database's data, Payara Micro's unpacked runtime and an archive of its classes (see {@link #unpackedPayara}).
 */
public final class DevServer {

    private static final Logger LOG = Logger.getLogger(DevServer.class.getName());

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int httpPort = Integer.getInteger("khidma.http.port", 8080);
        Path app = Path.of(System.getProperty("khidma.war")); // the exploded WAR directory (a .war file works too)
        Path target = app.getParent();
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        CompletableFuture<EmbeddedMariaDb> db = CompletableFuture.completedFuture(null);
        if (blank(env.get("KHIDMA_DB_URL"))) {
            File dataDir = new File(System.getProperty("khidma.db.dir"));
            Files.createDirectories(dataDir.toPath().getParent());
            int dbPort = Integer.getInteger("khidma.db.port", 3307);
            String password = applicationPassword(dataDir.toPath().getParent().resolve("app-password"));
            env.put("KHIDMA_DB_URL", EmbeddedMariaDb.jdbcUrl(dbPort, EmbeddedMariaDb.DATABASE));
            env.put("KHIDMA_DB_USER", EmbeddedMariaDb.USER);
            env.put("KHIDMA_DB_PASSWORD", password);
            env.put("KHIDMA_EMBEDDED_DB", "true");
            // MariaDB starts while Payara Micro's root directory is made ready; the server starts once the database
            // is up (with its classes archived, Payara Micro reaches the database sooner than MariaDB recovering kept
            // data after an unclean stop: the deployment then fails)
            db = CompletableFuture.supplyAsync(() -> {
                try {
                    return EmbeddedMariaDb.start(dataDir, dbPort, password);
                } catch (Exception e) {
                    throw new IllegalStateException("MariaDB did not start: " + e.getMessage(), e);
                }
            });
        } else if (blank(env.get("KHIDMA_DB_USER")) || blank(env.get("KHIDMA_DB_PASSWORD"))) {
            throw new IllegalStateException("KHIDMA_DB_URL is set: set KHIDMA_DB_USER and KHIDMA_DB_PASSWORD too");
        } else {
            LOG.info("Using the external MariaDB named by KHIDMA_DB_URL");
        }

        // no KHIDMA_KIOSK_DEVICE_TOKEN by default: the first start prints an enrolment link, and the ready line gives it
        Path root = target.resolve("payara-root");
        Path launcher = unpackedPayara(root, target.resolve("mariadb-java-client.jar"));
        Path archive = root.resolve("classes-java-" + Runtime.version().feature() + "." + Runtime.version().interim()
                + "." + Runtime.version().update() + ".jsa");
        Path recording = archive.resolveSibling(archive.getFileName() + ".new");
        List<String> jvm = new ArrayList<>(List.of("-XX:+UseSerialGC"));
        jvm.add(Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + recording);
        List<String> command = MicroNode.command(launcher, jvm, app, null, httpPort, root, Path.of(System.getProperty("khidma.serverConfig"), "logging.properties"));
        try {
            db.join();
        } catch (RuntimeException e) {
            LOG.severe(e.getMessage());
            System.exit(1);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process payara = builder.start();
        FirstStart firstStart = new FirstStart();
        echo(payara, firstStart);
        CompletableFuture<EmbeddedMariaDb> database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.destroy();
            try {
                int exit = payara.waitFor();
                keepArchive(recording, archive, exit);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                EmbeddedMariaDb running = database.join();
                if (running != null) {
                    running.close();
                }
            } catch (RuntimeException notStarted) {
                // nothing to stop
            }
        }, "khidma-stop"));
        reportWhenReady(httpPort, started, firstStart);
        int exit = payara.waitFor();
        System.exit(exit);
    }

    /**
     * Payara Micro unpacks its runtime (about 300 jars, 120 MB) into the root directory at every start. The dev run
     * unpacks it once ({@code --outputlauncher}) and starts from the launcher written beside it; the rest of the root
     * directory (configuration, applications, generated files) is put back as first unpacked at each start, so nothing
     * of a previous run is served or configured twice. The launcher has the JDBC driver on its class path; a new
     * Payara Micro or driver jar (size or time) unpacks again.
     */
    private static Path unpackedPayara(Path root, Path driverJar) throws IOException, InterruptedException {
        Path microJar = Path.of(System.getProperty("payara.microJar"));
        Path launcher = root.resolve("launch-micro.jar");
        Path pristine = root.resolve("khidma-unpacked");
        Path stamp = root.resolve("khidma-unpacked.stamp");
        String identity = identity(microJar) + " " + identity(driverJar);
        boolean unpacked = Files.exists(launcher) && Files.isDirectory(pristine) && Files.exists(stamp)
                && Files.readString(stamp).equals(identity);
        if (!unpacked) {
            deleteRecursively(root);
            Process unpack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", microJar.toString(), "--rootdir", root.toString(), "--addLibs", driverJar.toString(),
                    "--outputlauncher")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (unpack.waitFor() != 0 || !Files.exists(launcher)) {
                throw new IllegalStateException("Payara Micro could not unpack into " + root);
            }
            Files.createDirectories(pristine);
            try (Stream<Path> entries = Files.list(root)) {
                for (Path entry : entries.toList()) {
                    if (!kept(entry, root)) {
                        copyRecursively(entry, pristine.resolve(entry.getFileName()));
                    }
                }
            }
            Files.writeString(stamp, identity);
        }
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                if (!kept(entry, root)) {
                    deleteRecursively(entry);
                }
            }
        }
        try (Stream<Path> entries = Files.list(pristine)) {
            for (Path entry : entries.toList()) {
                copyRecursively(entry, root.resolve(entry.getFileName()));
            }
        }
        return launcher;
    }

    private static String identity(Path jar) throws IOException {
        return Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis();
    }

    /** What stays in the root directory between runs: the runtime, its launcher, the class archive, the first copy. */
    private static boolean kept(Path entry, Path root) {
        String name = entry.getFileName().toString();
        return name.equals("runtime") || name.equals("launch-micro.jar") || name.startsWith("khidma-unpacked")
                || name.endsWith(".jsa") || name.endsWith(".jsa.new");
    }

    /**
     * The server's classes are archived once (class-data sharing, recorded as the first run's server stops) and mapped
     * from the archive by the next runs: about a third less CPU to boot. The archive is kept only from a server that
     * stopped as asked (Ctrl+C), not killed while writing it.
     */
    private static void keepArchive(Path recording, Path archive, int exit) {
        try {
            if (Files.exists(recording) && (exit == 0 || exit == 130 || exit == 143) && Files.size(recording) > 0) {
                Files.move(recording, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException e) {
            LOG.warning("The server's class archive was not kept: " + e.getMessage());
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path each : walk.toList()) {
                Files.copy(each, to.resolve(from.relativize(each).toString()),
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Copies the server's output to ours, line by line, showing each line to {@code firstStart} on the way. */
    private static void echo(Process payara, FirstStart firstStart) {
        Thread pump = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    payara.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    System.out.println(line);
                    firstStart.read(line);
                }
            } catch (IOException e) {
                LOG.warning("The server's output could not be read further: " + e.getMessage());
            }
        }, "khidma-output");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Says, once, when the kiosk answers (how long that took and, on a first start, the kiosk's enrolment link and the
     * administrator's one-time password), or that it did not within three minutes.
     */
    private static void reportWhenReady(int httpPort, long started, FirstStart firstStart) {
        Thread watcher = new Thread(() -> {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest kiosk = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/")).build();
            while (System.nanoTime() - started < TimeUnit.MINUTES.toNanos(3)) {
                try {
                    if (http.send(kiosk, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        LOG.info(firstStart.ready(httpPort, (System.nanoTime() - started) / 1e9));
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            LOG.severe("Khidma did not answer on port " + httpPort + " within 3 minutes: see the log above");
        }, "khidma-ready");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The embedded database's application password: made once, kept beside the data, readable by its owner only. */
    private static String applicationPassword(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.writeString(file, password);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return password;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
