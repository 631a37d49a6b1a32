package coop.khidma.platform.persistence;

import coop.khidma.support.EmbeddedMariaDb;
import coop.khidma.support.ItDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore drill, with the scripts an administrator runs: the database the container tests filled (requests,
 * checklist verifications, escalations, agenda items, members with numbers, letters, the audit trail) is backed up
 * with {@code server-config/backup.sh}, restored with {@code server-config/restore.sh} into a fresh MariaDB, and
 * every row of every table must come back identical.
 */
class RestoreDrillIT {

    private static EmbeddedMariaDb fresh;

    @BeforeAll
    static void startAFreshServer() throws Exception {
        File dir = new File(System.getProperty("java.io.tmpdir"), "restored-mariadb");
        fresh = EmbeddedMariaDb.start(new File(dir, "data"), ItDatabase.database().port() + 1,
                ItDatabase.database().password());
    }

    @AfterAll
    static void stopIt() {
        if (fresh != null) {
            fresh.close();
        }
    }

    @Test
    void aBackupRestoresIntoAFreshServerRowForRow() throws Exception {
        EmbeddedMariaDb source = ItDatabase.database();
        Map<String, List<String>> before = contents(source);
        assertThat(before.get("service_request")).as("run the whole suite first: the drill needs data").hasSizeGreaterThan(10);
        assertThat(before.get("member")).isNotEmpty();
        assertThat(before.get("audit_entry")).hasSizeGreaterThan(20);
        assertThat(before.get("request_item")).anySatisfy(row -> assertThat(row).contains("VERIFIED"));

        Path backups = Files.createTempDirectory("khidma-backups");
        String backup = script("backup.sh", source, backups.toString()).strip();
        assertThat(Path.of(backup)).exists().isReadable();
        assertThat(Files.getPosixFilePermissions(Path.of(backup))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        script("restore.sh", fresh, backup);

        Map<String, List<String>> after = contents(fresh);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).containsExactlyElementsOf(rows));
    }

    @Test
    void restoringOverADatabaseThatHoldsDataIsRefused() throws Exception {
        Path backups = Files.createTempDirectory("khidma-backups");
        String backup = script("backup.sh", ItDatabase.database(), backups.toString()).strip();
        ProcessResult refused = run("restore.sh", ItDatabase.database(), backup);

        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.output()).contains("already holds");
    }

    /** Every table's rows, each row as text, in primary-key order, after the last migration's tables. */
    private static Map<String, List<String>> contents(EmbeddedMariaDb db) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM `" + table + "` ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            row.append(rs.getMetaData().getColumnName(c)).append('=').append(rs.getString(c)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }

    record ProcessResult(int exit, String output) {
    }

    private static String script(String name, EmbeddedMariaDb db, String argument) throws Exception {
        ProcessResult result = run(name, db, argument);
        assertThat(result.exit()).as(name + ": " + result.output()).isZero();
        return result.output().lines().reduce((first, last) -> last).orElse("");
    }

    private static ProcessResult run(String name, EmbeddedMariaDb db, String argument) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash",
                Path.of(System.getProperty("khidma.serverConfig"), name).toString(), argument)
                .redirectErrorStream(true);
        builder.environment().put("KHIDMA_DB_URL", db.jdbcUrl());
        builder.environment().put("KHIDMA_DB_USER", db.user());
        builder.environment().put("KHIDMA_DB_PASSWORD", db.password());
        builder.environment().put("MARIADB_BIN", System.getProperty("khidma.mariadbBin"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        return new ProcessResult(process.waitFor(), output);
    }
}
