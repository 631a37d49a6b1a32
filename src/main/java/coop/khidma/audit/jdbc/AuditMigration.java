package coop.khidma.audit.jdbc;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * What the audit trail's Java migrations share: their version, description and a fixed checksum (a Java migration has
 * no file for Flyway to sum), and that each runs outside Flyway's transaction and commits its own work (a MariaDB DDL
 * statement would commit Flyway's anyway). They are Java because the chain's hash is the application's own.
 */
public abstract class AuditMigration implements JavaMigration {

    private final String version;
    private final String description;
    private final int checksum;

    protected AuditMigration(String version, String description, int checksum) {
        this.version = version;
        this.description = description;
        this.checksum = checksum;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return checksum;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
