package coop.khidma.platform.persistence;

import coop.khidma.audit.jdbc.AppendMigratedFacts;
import coop.khidma.audit.jdbc.ChainTheAuditTrail;
import coop.khidma.audit.jdbc.RedactableAuditTrail;
import coop.khidma.platform.safety.ConfigurationCheck;
import coop.khidma.platform.security.SecurityConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Refuses an unsafe configuration ({@link ConfigurationCheck}), then brings the schema up to date with Flyway
 * before anything uses JPA: every start-up bean that touches the
 * database declares {@code @DependsOn("Migrations")}. JPA never generates tables.
 * <p>
 * The migrations run as the schema's owner, {@code KHIDMA_DB_MIGRATION_USER} (password in
 * {@code KHIDMA_DB_MIGRATION_PASSWORD_FILE} or {@code KHIDMA_DB_MIGRATION_PASSWORD}), on a connection of their own
 * that is closed when they are done; the application's pool ({@code KHIDMA_DB_USER}) then needs only SELECT, INSERT,
 * UPDATE and DELETE ({@code server-config/db-users.sql}). Without a migration user (development, the tests) the
 * pool's user migrates.
 */
@Singleton(name = "Migrations")
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = SecurityConfiguration.DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        ConfigurationCheck.refuseUnsafe(System.getenv());
        Flyway flyway = MigrationAccount.from(System.getenv())
                .map(owner -> {
                    LOG.info(() -> "Migrating as " + owner.user());
                    return configuration(dataSource).dataSource(System.getenv("KHIDMA_DB_URL"), owner.user(),
                            owner.password());
                })
                .orElseGet(() -> configuration(dataSource)).load();
        // one pass over the history: on a restart (nothing pending) Flyway validates and migrates nothing; asking it
        // for info() afterwards would scan the migrations and read the history a second time, for a log line
        MigrateResult result = flyway.migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The one Flyway configuration of Khidma's schema, for start-up and for the tools and tests that migrate a database
     * outside the server (the upgrade test from the first release's dump, the dump's maker): the SQL files of
     * {@code db/migration} and the Java migrations that hash with the application's own chain: V22, which chains the
     * audit trail, V30, which appends the facts an SQL migration left for it, and V40, which re-chains it so that a
     * detail can be redacted.
     */
    public static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new ChainTheAuditTrail(), new AppendMigratedFacts(), new RedactableAuditTrail());
    }
}
