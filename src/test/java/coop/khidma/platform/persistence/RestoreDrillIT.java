package coop.khidma.platform.persistence;

import coop.khidma.support.AdminScripts;
import coop.khidma.support.EmbeddedMariaDb;
import coop.khidma.support.ItDatabase;
import coop.khidma.support.Schemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

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
        AdminScripts.Result refused = AdminScripts.run("restore.sh", ItDatabase.database(), EmbeddedMariaDb.DATABASE,
                backup);

        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.output()).contains("already holds");
    }

    /** Every table's rows, each row as text, sorted. */
    private static Map<String, List<String>> contents(EmbeddedMariaDb db) throws SQLException {
        try (Connection connection = db.connect()) {
            return Schemas.rows(connection);
        }
    }

    private static String script(String name, EmbeddedMariaDb db, String argument) throws Exception {
        return AdminScripts.succeed(name, db, EmbeddedMariaDb.DATABASE, argument).lastLine();
    }
}
