package coop.khidma.audit.jdbc;

import coop.khidma.audit.control.AuditChain;
import coop.khidma.audit.entity.Change;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * V30: the facts an SQL migration states about what it did to the data are appended to the audit chain, as the
 * application appends its own (one transaction: numbered on from the head, {@code seq} 1, 2, … in the order given,
 * each hashed with {@link AuditChain#legacyHash} — the chain's format v1 until V40 re-chains it — the head moved). An SQL migration cannot hash, so it leaves its facts in
 * {@code audit_migrated_fact} (V29 does, for the share register's opening lines); this migration appends them and drops
 * that table. A Java migration because the hash is the application's own.
 */
public class AppendMigratedFacts extends AuditMigration {

    public AppendMigratedFacts() {
        super("30", "append migrated facts to the audit chain", 30_001);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, actor, "
                     + "subject_type, subject, action, state_before, state_after, detail, seq, chain_no, chain_prev, "
                     + "chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long no;
            String previous;
            try (ResultSet head = statement.executeQuery(
                    "SELECT last_no, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
                head.next();
                no = head.getLong(1);
                previous = head.getString(2);
            }
            int seq = 0;
            try (Statement read = connection.createStatement();
                 ResultSet rows = read.executeQuery("SELECT occurred_at, actor, subject_type, subject, action, "
                         + "state_before, state_after, detail FROM audit_migrated_fact ORDER BY id")) {
                while (rows.next()) {
                    LocalDateTime at = rows.getObject("occurred_at", LocalDateTime.class);
                    Change change = new Change(rows.getString("subject_type"), rows.getString("subject"),
                            rows.getString("action"), rows.getString("state_before"), rows.getString("state_after"),
                            rows.getString("actor"), at.toInstant(ZoneOffset.UTC), rows.getString("detail"));
                    no++;
                    seq++;
                    String hash = AuditChain.legacyHash(previous, no, change, seq);
                    insert.setObject(1, at);
                    insert.setString(2, change.actor());
                    insert.setString(3, change.subjectType());
                    insert.setString(4, change.subject());
                    insert.setString(5, change.action());
                    insert.setString(6, change.before());
                    insert.setString(7, change.after());
                    insert.setString(8, change.detail());
                    insert.setInt(9, seq);
                    insert.setLong(10, no);
                    insert.setString(11, previous);
                    insert.setString(12, hash);
                    insert.addBatch();
                    previous = hash;
                }
            }
            insert.executeBatch();
            try (PreparedStatement moved = connection.prepareStatement(
                    "UPDATE audit_chain_head SET last_no = ?, last_hash = ? WHERE id = 1")) {
                moved.setLong(1, no);
                moved.setString(2, previous);
                moved.executeUpdate();
            }
            connection.commit();
        } catch (Exception failed) {
            connection.rollback();
            throw failed;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE audit_migrated_fact");
        }
    }
}
