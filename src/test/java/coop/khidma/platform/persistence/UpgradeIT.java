package coop.khidma.platform.persistence;

import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.jdbc.ChainStore;
import coop.khidma.audit.jdbc.RedactableAuditTrail;
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
import java.sql.DriverManager;
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
            // and the shares of a withdrawn member, refunded by V29 (the share register's opening), checked on their own
            releaseColumns.computeIfPresent("member", (table, columns) -> columns.stream()
                    .filter(column -> !column.equals("shares")).toList());
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
            // V29 opened the share register: each member's shares as an initial subscription on the day they applied,
            // and the withdrawn member's refund (the release kept no day of withdrawal: the day of activation)
            assertThat(column(connection, "SELECT CONCAT(m.membership_number, ' ', m.shares, ': ', GROUP_CONCAT("
                    + "CONCAT(s.kind, ' ', s.shares, ' ', s.effective_on) ORDER BY s.id SEPARATOR ', ')) "
                    + "FROM member m JOIN share_movement s ON s.member_id = m.id GROUP BY m.id, m.membership_number, "
                    + "m.shares ORDER BY m.membership_number")).containsExactly(
                    "NJT-2026-0001 10: INITIAL_SUBSCRIPTION 10 2026-10-04",
                    "NJT-2026-0002 25: INITIAL_SUBSCRIPTION 25 2026-10-05",
                    "NJT-2026-0003 0: INITIAL_SUBSCRIPTION 4 2026-10-06, REFUND -4 2026-10-28",
                    "NJT-2026-0004 12: INITIAL_SUBSCRIPTION 12 2026-10-12");
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
        assertThat(installed.get("triggers"))
                .as("audit_entry and assembly_vote are append-only; every write to holiday renews the calendar's stamp")
                .hasSize(7);
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

    @Test
    void theFirstReleasesTrailIsChainedInTheOrderItShowsAndTheOperatorsCommandSaysSo() throws Exception {
        try (Connection connection = db.connect(UPGRADED)) {
            ChainReport report = ChainStore.verify(connection);
            assertThat(report.intact()).as(report.toString()).isTrue();
            // the release's 15 entries, the 5 facts of the share register's opening (V29, chained by V30), then V40's
            // record of re-chaining them
            assertThat(report.checked()).isEqualTo(21);
            assertThat(column(connection, "SELECT detail FROM audit_entry WHERE action = 'upgradeChain'"))
                    .as("V40 found the v1 chain whole, the share register's opening (V30) included")
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("v1: Audit chain intact: 20 entries checked");
            assertThat(column(connection, "SELECT id FROM audit_entry ORDER BY chain_no"))
                    .containsExactlyElementsOf(column(connection, "SELECT id FROM audit_entry ORDER BY occurred_at, seq, id"));
        }
        AdminScripts.Result intact = AdminScripts.run("verify-audit.sh", db, UPGRADED, deployed());
        assertThat(intact.exit()).as(intact.output()).isZero();
        assertThat(intact.lastLine()).startsWith("Audit chain intact: 21 entries checked, up to entry ");
    }

    @Test
    void anEntryTheOwnerEditsBreaksTheChainThereAndTheOperatorsCommandNamesIt() throws Exception {
        String id, before, original;
        try (Connection connection = db.connect(UPGRADED)) {
            id = column(connection, "SELECT id FROM audit_entry WHERE chain_no = 7").get(0);
            before = column(connection, "SELECT id FROM audit_entry WHERE chain_no = 6").get(0);
            original = column(connection, "SELECT actor FROM audit_entry WHERE id = " + id).get(0);
            asOwner(connection, "UPDATE audit_entry SET actor = 'someone.else' WHERE id = " + id);
        }
        try {
            AdminScripts.Result broken = AdminScripts.run("verify-audit.sh", db, UPGRADED, deployed());
            assertThat(broken.exit()).as(broken.output()).isEqualTo(1);
            assertThat(broken.lastLine()).isEqualTo("Audit chain BROKEN at entry " + id + " (no. 7): its fields differ "
                    + "from what was written; intact up to entry "
                    + before + " (no. 6)");
        } finally {
            try (Connection connection = db.connect(UPGRADED)) {
                asOwner(connection, "UPDATE audit_entry SET actor = '" + original + "' WHERE id = " + id);
            }
        }
        assertThat(AdminScripts.run("verify-audit.sh", db, UPGRADED, deployed()).exit()).isZero();
    }

    @Test
    void theTwoDatabaseUsersOfDbUsersSqlHaveExactlyTheirGrants() throws Exception {
        String database = "two_users";
        db.recreateDatabase(database);
        db.asRoot("SET @db = '" + database + "', @app_host = '127.0.0.1', @app_user = 'two_users_app', "
                + "@migration_user = 'two_users_owner', @app_password = 'App-pass-4711', "
                + "@migration_password = 'Owner-pass-4711';\n"
                + Files.readString(Path.of(System.getProperty("khidma.serverConfig"), "db-users.sql")));
        String url = db.jdbcUrl(database);
        MigrateResult owned = Migrations.configuration(db.dataSource(database))
                .dataSource(url, "two_users_owner", "Owner-pass-4711").load().migrate();
        assertThat(owned.success).isTrue();
        assertThat(owned.targetSchemaVersion).isEqualTo(fresh.targetSchemaVersion);

        try (Connection app = DriverManager.getConnection(url, "two_users_app", "App-pass-4711");
             Statement statement = app.createStatement()) {
            // (the test server also shows its PUBLIC grants on the `test` databases: mariadb-secure-installation drops them)
            List<String> grants = column(app, "SHOW GRANTS").stream()
                    .filter(grant -> grant.contains(" TO `two_users_app`@")).toList();
            assertThat(grants).hasSize(2);
            assertThat(grants.get(0)).as("nothing on the server as a whole").startsWith("GRANT USAGE ON *.* TO ");
            assertThat(grants.get(1))
                    .isEqualTo("GRANT SELECT, INSERT, UPDATE, DELETE ON `two_users`.* TO `two_users_app`@`127.0.0.1`");
            statement.executeUpdate("INSERT INTO holiday (holiday_date, name_ar, name_en, source) "
                    + "VALUES ('2031-01-05', 'إجازة', 'A day off', 'ADMIN')");
            statement.executeUpdate("UPDATE holiday SET name_en = 'Day off' WHERE holiday_date = '2031-01-05'");
            assertThat(column(app, "SELECT name_en FROM holiday WHERE holiday_date = '2031-01-05'"))
                    .containsExactly("Day off");
            statement.executeUpdate("DELETE FROM holiday WHERE holiday_date = '2031-01-05'");
            for (String refused : List.of("DROP TABLE holiday", "ALTER TABLE holiday ADD COLUMN x INT",
                    "TRUNCATE TABLE audit_entry", "DROP TRIGGER audit_entry_no_update", "CREATE TABLE x (id INT)",
                    "CREATE TRIGGER x BEFORE INSERT ON holiday FOR EACH ROW SET NEW.name_en = 'x'",
                    "CREATE INDEX ix_x ON holiday (name_en)", "DROP DATABASE two_users")) {
                assertThatThrownBy(() -> statement.execute(refused)).as(refused).isInstanceOf(SQLException.class)
                        .hasMessageContaining("denied");
            }
        }

        Path folder = Files.createTempDirectory("khidma-two-users-");
        AdminScripts.Result backup = AdminScripts.run("backup.sh", db, database, Map.of("KHIDMA_DB_MIGRATION_USER",
                "two_users_owner", "KHIDMA_DB_MIGRATION_PASSWORD", "Owner-pass-4711"), folder.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        String dump;
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(Path.of(backup.lastLine())))) {
            dump = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(dump).as("the owner's backup keeps the append-only triggers")
                .contains("CREATE TABLE `audit_chain_head`").contains("audit_entry_no_update")
                .contains("audit_entry_no_delete");
    }

    /** An edit past the append-only trigger, as the schema's owner can make one. */
    private static void asOwner(Connection connection, String update) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER audit_entry_no_update");
            try {
                statement.executeUpdate(update);
            } finally {
                statement.execute(RedactableAuditTrail.NO_UPDATE);
            }
        }
    }

    /** Where {@code verify-audit.sh} finds the application's classes and the driver, as in {@code KHIDMA_HOME}. */
    private static Map<String, String> deployed() {
        return Map.of("KHIDMA_WAR", System.getProperty("khidma.war"), "KHIDMA_DRIVER_JAR",
                System.getProperty("khidma.driverJar"));
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
