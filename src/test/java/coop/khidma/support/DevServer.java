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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What {@code ./mvnw -Prun} starts: an embedded MariaDB (unless {@code KHIDMA_DB_URL} points at an external
 * one), then Payara Micro with the WAR at {@code /}, configured by {@code server-config/} exactly as in
 * production. Ctrl+C stops both.
 */
public final class DevServer {

    private static final Logger LOG = Logger.getLogger(DevServer.class.getName());

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int httpPort = Integer.getInteger("khidma.http.port", 8080);
        Path target = Path.of(System.getProperty("khidma.war")).getParent();
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        EmbeddedMariaDb db = null;
        if (blank(env.get("KHIDMA_DB_URL"))) {
            File dataDir = new File(System.getProperty("khidma.db.dir"));
            Files.createDirectories(dataDir.toPath().getParent());
            db = EmbeddedMariaDb.start(dataDir, Integer.getInteger("khidma.db.port", 3307),
                    applicationPassword(dataDir.toPath().getParent().resolve("app-password")));
            env.put("KHIDMA_DB_URL", db.jdbcUrl());
            env.put("KHIDMA_DB_USER", db.user());
            env.put("KHIDMA_DB_PASSWORD", db.password());
            env.put("KHIDMA_EMBEDDED_DB", "true");
        } else if (blank(env.get("KHIDMA_DB_USER")) || blank(env.get("KHIDMA_DB_PASSWORD"))) {
            throw new IllegalStateException("KHIDMA_DB_URL is set: set KHIDMA_DB_USER and KHIDMA_DB_PASSWORD too");
        } else {
            LOG.info("Using the external MariaDB named by KHIDMA_DB_URL");
        }

        // no KHIDMA_KIOSK_DEVICE_TOKEN by default: the first start prints an enrolment link, and the ready line gives it
        Path root = target.resolve("payara-root");
        deleteRecursively(root); // a kept root dir can serve a stale copy of the WAR
        List<String> command = MicroNode.command(Path.of(System.getProperty("khidma.war")),
                target.resolve("mariadb-java-client.jar"), httpPort, root,
                Path.of(System.getProperty("khidma.serverConfig"), "logging.properties"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process payara = builder.start();
        FirstStart firstStart = new FirstStart();
        echo(payara, firstStart);
        EmbeddedMariaDb database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.destroy();
            try {
                payara.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (database != null) {
                database.close();
            }
        }, "khidma-stop"));
        reportWhenReady(httpPort, started, firstStart);
        int exit = payara.waitFor();
        System.exit(exit);
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
