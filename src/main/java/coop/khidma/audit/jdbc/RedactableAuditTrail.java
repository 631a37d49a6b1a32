package coop.khidma.audit.jdbc;

import coop.khidma.audit.control.AuditChain;
import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.entity.Change;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * V40: a detail that names a person can be redacted without breaking the audit chain. Adds {@code detail_digest} (the
 * SHA-256 of the detail, which the chain now covers instead of the detail: {@link AuditChain}, format v2) and
 * {@code redacted_in} (the number of the redaction entry that redacted it); checks the chain as V22 wrote it, re-chains
 * every entry in format v2 in its order, and appends one entry ({@code AUDIT chain upgradeChain v1 → v2}) whose detail
 * is that check's result with the old chain's head, so an operator who wrote the old head down can still compare it,
 * and a chain already broken before stays on the record. The append-only trigger is lifted for that one pass and put
 * back as {@link #NO_UPDATE}: an UPDATE may only redact a detail (set it to {@link AuditChain#REDACTED} and name its
 * redaction), once; nothing else of an entry can change.
 */
public class RedactableAuditTrail extends AuditMigration {

    /** The trigger from V40 on, word for word (a test that forges an entry as the owner puts it back too). */
    public static final String NO_UPDATE = "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
            + "FOR EACH ROW\nBEGIN\n"
            + "    IF NOT (OLD.redacted_in IS NULL AND NEW.redacted_in IS NOT NULL AND OLD.detail IS NOT NULL\n"
            + "            AND NEW.detail <=> '" + AuditChain.REDACTED + "' AND NEW.id <=> OLD.id\n"
            + "            AND NEW.occurred_at <=> OLD.occurred_at AND NEW.actor <=> OLD.actor\n"
            + "            AND NEW.subject_type <=> OLD.subject_type AND NEW.subject <=> OLD.subject\n"
            + "            AND NEW.action <=> OLD.action AND NEW.state_before <=> OLD.state_before\n"
            + "            AND NEW.state_after <=> OLD.state_after AND NEW.seq <=> OLD.seq\n"
            + "            AND NEW.chain_no <=> OLD.chain_no AND NEW.chain_prev <=> OLD.chain_prev\n"
            + "            AND NEW.chain_hash <=> OLD.chain_hash AND NEW.detail_digest <=> OLD.detail_digest) THEN\n"
            + "        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: no UPDATE but a redaction';\n"
            + "    END IF;\n"
            + "END";

    public RedactableAuditTrail() {
        super("40", "redactable audit chain", 40_001);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        ChainReport before = ChainStore.verifyLegacy(connection);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE audit_entry ADD COLUMN detail_digest CHAR(64) NULL, "
                    + "ADD COLUMN redacted_in BIGINT NULL");
            ddl.execute("DROP TRIGGER audit_entry_no_update");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            ChainStore.Head head = rechain(connection);
            Instant now = AuditChain.stored(Instant.now());
            Change upgrade = new Change(AuditChain.REDACTION_TYPE, "chain", "upgradeChain", "v1", "v2", Change.SYSTEM,
                    now, "v1: " + VerifyAuditChain.describe(before));
            long no = head.no() + 1;
            String hash = AuditChain.hash(head.hash(), no, upgrade, 1);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, actor, "
                    + "subject_type, subject, action, state_before, state_after, detail, detail_digest, seq, chain_no, "
                    + "chain_prev, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")) {
                // the UTC wall clock as it is, as ChainStore reads it back (no time zone conversion by the driver)
                insert.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setString(2, upgrade.actor());
                insert.setString(3, upgrade.subjectType());
                insert.setString(4, upgrade.subject());
                insert.setString(5, upgrade.action());
                insert.setString(6, upgrade.before());
                insert.setString(7, upgrade.after());
                insert.setString(8, upgrade.detail());
                insert.setString(9, AuditChain.digest(upgrade.detail()));
                insert.setLong(10, no);
                insert.setString(11, head.hash());
                insert.setString(12, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE audit_chain_head SET last_no = ?, last_hash = ? WHERE id = 1")) {
                move.setLong(1, no);
                move.setString(2, hash);
                move.executeUpdate();
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute(NO_UPDATE);
        }
    }

    /**
     * Every entry of the chain hashed again in format v2, in chain order, each keeping its number (a gap or an entry
     * outside the chain stays as the check found it); where the chain now ends.
     */
    private static ChainStore.Head rechain(Connection connection) throws Exception {
        long no = 0;
        String previous = AuditChain.GENESIS;
        try (Statement read = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             PreparedStatement chain = connection.prepareStatement("UPDATE audit_entry SET "
                     + "chain_prev = ?, chain_hash = ?, detail_digest = ? WHERE id = ?")) {
            read.setFetchSize(1000);
            try (ResultSet rows = read.executeQuery("SELECT " + ChainStore.COLUMNS
                    + " FROM audit_entry WHERE chain_no IS NOT NULL ORDER BY chain_no")) {
                long done = 0;
                while (rows.next()) {
                    no = rows.getLong("chain_no");
                    Change change = ChainStore.change(rows);
                    String hash = AuditChain.hash(previous, no, change, rows.getInt("seq"));
                    chain.setString(1, previous);
                    chain.setString(2, hash);
                    chain.setString(3, AuditChain.digest(change.detail()));
                    chain.setLong(4, rows.getLong("id"));
                    chain.addBatch();
                    previous = hash;
                    if (++done % 1000 == 0) {
                        chain.executeBatch();
                    }
                }
            }
            chain.executeBatch();
        }
        return new ChainStore.Head(no, previous);
    }
}
