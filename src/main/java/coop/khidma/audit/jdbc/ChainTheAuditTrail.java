package coop.khidma.audit.jdbc;

import coop.khidma.audit.control.AuditChain;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * V22: the audit trail becomes a hash chain. Adds {@code chain_no}, {@code chain_prev} and {@code chain_hash} to
 * {@code audit_entry} and the one-row {@code audit_chain_head} that the application locks while appending; chains the
 * entries already written in the order the trail shows them (when, then their order within a transaction, then
 * insertion). The append-only trigger is lifted for that one pass and put back exactly as V2 made it.
 * A Java migration because the hash is the application's own ({@link AuditChain#legacyHash}; V40 moved to v2).
 */
public class ChainTheAuditTrail extends AuditMigration {

    /** The append-only trigger of V2, word for word (a test that forges an entry as the owner puts it back too). */
    public static final String NO_UPDATE = "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW\n"
            + "    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: no UPDATE'";

    public ChainTheAuditTrail() {
        super("22", "audit chain", 22_001);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE audit_entry ADD COLUMN chain_no BIGINT NULL, ADD COLUMN chain_prev CHAR(64) NULL, "
                    + "ADD COLUMN chain_hash CHAR(64) NULL, ADD CONSTRAINT uk_audit_entry_chain UNIQUE (chain_no)");
            ddl.execute("CREATE TABLE audit_chain_head (id TINYINT NOT NULL PRIMARY KEY, last_no BIGINT NOT NULL, "
                    + "last_hash CHAR(64) NOT NULL, CONSTRAINT ck_audit_chain_head_one CHECK (id = 1)) "
                    + "ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
            ddl.execute("DROP TRIGGER audit_entry_no_update");
        }
        long no = 0;
        String previous = AuditChain.GENESIS;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement read = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             PreparedStatement chain = connection.prepareStatement(
                     "UPDATE audit_entry SET chain_no = ?, chain_prev = ?, chain_hash = ? WHERE id = ?")) {
            read.setFetchSize(1000);
            try (ResultSet rows = read.executeQuery("SELECT " + ChainStore.COLUMNS
                    + " FROM audit_entry ORDER BY occurred_at, seq, id")) {
                while (rows.next()) {
                    no++;
                    String hash = AuditChain.legacyHash(previous, no, ChainStore.change(rows), rows.getInt("seq"));
                    chain.setLong(1, no);
                    chain.setString(2, previous);
                    chain.setString(3, hash);
                    chain.setLong(4, rows.getLong("id"));
                    chain.addBatch();
                    previous = hash;
                    if (no % 1000 == 0) {
                        chain.executeBatch();
                    }
                }
            }
            chain.executeBatch();
            try (PreparedStatement head = connection.prepareStatement(
                    "INSERT INTO audit_chain_head (id, last_no, last_hash) VALUES (1, ?, ?)")) {
                head.setLong(1, no);
                head.setString(2, previous);
                head.executeUpdate();
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute(NO_UPDATE);
            ddl.execute("ALTER TABLE audit_entry MODIFY chain_no BIGINT NOT NULL, MODIFY chain_prev CHAR(64) NOT NULL, "
                    + "MODIFY chain_hash CHAR(64) NOT NULL");
        }
    }
}
