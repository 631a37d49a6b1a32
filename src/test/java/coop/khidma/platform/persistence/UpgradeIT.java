package coop.khidma.platform.persistence;

import coop.khidma.support.AdminScripts;
import coop.khidma.support.EmbeddedMariaDb;
import coop.khidma.support.ItDatabase;
import coop.khidma.support.Schemas;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upgrades from the first release: its database ({@code upgrade/release-1.sql}, made by
 * {@link coop.khidma.support.ReleaseDump}: requests at every stage, verifications, members with numbers, escalations,
 * the committee's agenda, the audit trail, tickets) is restored with {@code server-config/restore.sh} into a database
 * of its own on the test server, then the application's own migration configuration ({@link Migrations#configuration},
 * exactly what the server runs at start-up) brings it to the current version. Every row the first release stored must
 * still be there, and the upgraded schema must be the very schema a new installation gets. No application server: the
 * migrations run in the test's JVM.
 */
class UpgradeIT {

    private static final String UPGRADED = "upgrade_r1";
    private static final String FRESH = "fresh_schema";
    private static final String HISTORY = "flyway_schema_history";

    private static EmbeddedMariaDb db;
    private static Map<String, List<String>> releaseColumns;
    private static Map<String, List<String>> releaseRows;
    private static String releaseVersion;
    private static MigrateResult upgrade;
    private static MigrateResult fresh;

    @BeforeAll
    static void restoreTheFirstReleaseAndMigrateIt() throws Exception {
        db = ItDatabase.database();
        db.recreateDatabase(UPGRADED);
        db.recreateDatabase(FRESH);
        AdminScripts.succeed("restore.sh", db, UPGRADED, gzippedDump().toString());
        try (Connection connection = db.connect(UPGRADED)) {
            releaseColumns = Schemas.columns(connection);
            releaseColumns.remove(HISTORY);
            // the one release column a later migration converted (V16: minutes to working days), checked on its own
            releaseColumns.computeIfPresent("escalation_level", (table, columns) -> columns.stream()
                    .filter(column -> !column.equals("response_minutes")).toList());
            releaseRows = Schemas.rows(connection, releaseColumns);
        }
        releaseVersion = Migrations.configuration(db.dataSource(UPGRADED)).load().info().current().getVersion()
                .getVersion();
        upgrade = Migrations.configuration(db.dataSource(UPGRADED)).load().migrate();
        fresh = Migrations.configuration(db.dataSource(FRESH)).load().migrate();
    }

    @Test
    void theFirstReleasesDatabaseMigratesToTheCurrentVersion() throws Exception {
        assertThat(releaseVersion).isEqualTo("7");
        assertThat(upgrade.success).isTrue();
        assertThat(upgrade.migrations).extracting(migration -> migration.version).containsExactlyElementsOf(
                fresh.migrations.stream().map(migration -> migration.version)
                        .filter(version -> Integer.parseInt(version.split("\\.")[0]) > 7).toList());
        Flyway upgraded = Migrations.configuration(db.dataSource(UPGRADED)).load();
        assertThat(upgraded.info().current().getVersion().getVersion())
                .isEqualTo(fresh.targetSchemaVersion);
        assertThat(upgraded.info().pending()).isEmpty();
        assertThat(upgraded.validateWithResult().validationSuccessful).isTrue();
        assertThat(history(UPGRADED)).isEqualTo(history(FRESH));
    }

    @Test
    void everyRowTheFirstReleaseStoredIsStillThere() throws Exception {
        assertThat(releaseRows.get("service_request")).hasSize(12);
        assertThat(releaseRows.get("member")).hasSize(4);
        assertThat(releaseRows.get("request_item")).filteredOn(row -> row.contains("state=VERIFIED|")).hasSizeGreaterThan(20);
        assertThat(releaseRows.get("audit_entry")).hasSize(15);
        try (Connection connection = db.connect(UPGRADED)) {
            Map<String, List<String>> after = Schemas.rows(connection, releaseColumns);
            // rows later migrations add (seeded request types, settings…) are welcome; every release row stays as it was
            releaseRows.forEach((table, rows) -> assertThat(after.get(table)).as(table).containsAll(rows));
            assertThat(column(connection, "SELECT membership_number FROM member WHERE status = 'ACTIVE' ORDER BY 1"))
                    .containsExactly("NJT-2026-0001", "NJT-2026-0002", "NJT-2026-0004");
            // the release's 2880/4320/7200/14400 minutes are the ladder's 2/3/5/10 working days
            assertThat(column(connection, "SELECT CONCAT(code, ' ', response_working_days) FROM escalation_level "
                    + "ORDER BY position")).containsExactly("OFFICER 2", "SUPERVISOR 3", "DIRECTOR 5", "BOARD 10");
        }
    }

    @Test
    void theUpgradedSchemaIsTheSchemaOfANewInstallation() throws Exception {
        Map<String, List<String>> upgraded, installed;
        try (Connection connection = db.connect(UPGRADED)) {
            upgraded = Schemas.shape(connection, UPGRADED);
        }
        try (Connection connection = db.connect(FRESH)) {
            installed = Schemas.shape(connection, FRESH);
        }
        assertThat(installed.get("tables")).hasSizeGreaterThan(20);
        assertThat(installed.get("triggers")).hasSize(2);
        installed.forEach((category, objects) -> assertThat(upgraded.get(category)).as(category)
                .containsExactlyElementsOf(objects));
    }

    @Test
    void everyTableIsInnoDbWithAPrimaryKeyAsGaleraReplicationNeeds() throws Exception {
        try (Connection connection = db.connect(FRESH)) {
            assertThat(column(connection, "SELECT t.table_name FROM information_schema.tables t "
                    + "WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND (t.engine <> 'InnoDB' "
                    + "OR NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c WHERE c.table_schema = "
                    + "t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY'))"))
                    .as("tables without InnoDB or without a primary key").isEmpty();
        }
    }

    @Test
    void theUpgradedAuditTrailStillRefusesChanges() throws Exception {
        try (Connection connection = db.connect(UPGRADED); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_entry SET actor = 'someone' WHERE id = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_entry WHERE id = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    /** The migrations a database has had applied: version, description, checksum, success. */
    private static List<String> history(String database) throws SQLException {
        try (Connection connection = db.connect(database)) {
            return column(connection, "SELECT CONCAT_WS(' | ', version, description, checksum, success) FROM " + HISTORY
                    + " ORDER BY installed_rank");
        }
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The committed dump as {@code restore.sh} takes a backup: gzip-compressed. */
    private static Path gzippedDump() throws Exception {
        Path file = Files.createTempFile("khidma-release-1-", ".sql.gz");
        try (InputStream dump = UpgradeIT.class.getClassLoader().getResourceAsStream("upgrade/release-1.sql");
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            assertThat(dump).as("upgrade/release-1.sql on the test class path").isNotNull();
            dump.transferTo(out);
        }
        return file;
    }
}
