package coop.khidma.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the container tests' MariaDB once per test run, before Arquillian starts Payara Micro, and stops it
 * at the end. It only acts in the failsafe run (which sets {@code khidma.it.db.dir}); unit tests need no
 * database. The data directory is fresh for every run, except for the restore drill's execution
 * ({@code khidma.it.db.keep=true}), which comes after the container tests and works on what they stored.
 */
public class ItDatabase implements LauncherSessionListener {

    private static volatile EmbeddedMariaDb database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dir = System.getProperty("khidma.it.db.dir");
        if (dir == null || database != null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            if (!Boolean.getBoolean("khidma.it.db.keep")) {
                DevServer.deleteRecursively(Path.of(dir));
            }
            URI url = URI.create(System.getenv("KHIDMA_DB_URL").substring("jdbc:".length()));
            database = EmbeddedMariaDb.start(new File(dir, "data"), url.getPort(),
                    System.getenv("KHIDMA_DB_PASSWORD"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the container tests' MariaDB", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /**
     * Stops the test database, as a fault the running server must live through; {@link #startAgain()} brings it back
     * on the same data and port. Only the benchmark's outage under load does this: the suite's own outage test has a
     * database of its own.
     */
    public static synchronized void stop() {
        database().close();
    }

    /** Starts the test database again after {@link #stop()}, on the same data, port and password. */
    public static synchronized void startAgain() {
        EmbeddedMariaDb stopped = database();
        try {
            database = EmbeddedMariaDb.start(new File(System.getProperty("khidma.it.db.dir"), "data"), stopped.port(),
                    stopped.password());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the container tests' MariaDB again", e);
        }
    }

    /** The running test database, to look at what the application stored. */
    public static EmbeddedMariaDb database() {
        if (database == null) {
            throw new IllegalStateException("No test database: run container tests with ./mvnw verify");
        }
        return database;
    }
}
