package coop.khidma.audit.jdbc;

import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.control.ChainVerification;
import coop.khidma.audit.entity.Change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the audit chain from {@code audit_entry} and {@code audit_chain_head} and verifies it with
 * {@link ChainVerification}, streaming the entries in chain order. Correct under READ COMMITTED while entries are
 * being appended: the walk stops at the head read first (an entry and the head's move are committed together), and an
 * entry numbered past the head is only called foreign if the head, read again afterwards, has not reached it.
 */
public final class ChainStore {

    /** The columns of an entry as V22 chained it. */
    static final String COLUMNS = "id, occurred_at, actor, subject_type, subject, action, state_before, state_after, "
            + "detail, seq, chain_no, chain_prev, chain_hash";
    /** Since V40: with the detail's digest and the redaction that redacted it. */
    static final String COLUMNS_V2 = COLUMNS + ", detail_digest, redacted_in";

    private ChainStore() {
    }

    /** Verifies the whole chain on this connection (only reads). */
    public static ChainReport verify(Connection connection) throws SQLException {
        return verify(connection, false);
    }

    /** Verifies the chain as written before V40 (V40 checks it once before re-chaining it). */
    static ChainReport verifyLegacy(Connection connection) throws SQLException {
        return verify(connection, true);
    }

    private static ChainReport verify(Connection connection, boolean legacy) throws SQLException {
        Head head = head(connection);
        ChainVerification verification = legacy ? ChainVerification.legacy(head.no(), head.hash())
                : new ChainVerification(head.no(), head.hash());
        try (PreparedStatement walk = connection.prepareStatement("SELECT " + (legacy ? COLUMNS : COLUMNS_V2)
                + " FROM audit_entry WHERE chain_no <= ? ORDER BY chain_no", ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            walk.setFetchSize(1000);
            walk.setLong(1, head.no());
            try (ResultSet rows = walk.executeQuery()) {
                boolean intact = true;
                while (intact && rows.next()) {
                    Change change = change(rows);
                    if (legacy) {
                        intact = verification.next(rows.getLong("id"), rows.getLong("chain_no"), change,
                                rows.getInt("seq"), rows.getString("chain_prev"), rows.getString("chain_hash"));
                    } else {
                        long redaction = rows.getLong("redacted_in");
                        Long redactedIn = rows.wasNull() ? null : redaction;
                        intact = verification.next(rows.getLong("id"), rows.getLong("chain_no"), change,
                                rows.getInt("seq"), rows.getString("chain_prev"), rows.getString("chain_hash"),
                                rows.getString("detail_digest"), redactedIn);
                    }
                }
            }
        }
        try (PreparedStatement beyond = connection.prepareStatement("SELECT id, chain_no FROM audit_entry "
                + "WHERE chain_no IS NULL OR chain_no > ? ORDER BY chain_no IS NOT NULL, chain_no LIMIT 1")) {
            beyond.setLong(1, head.no());
            try (ResultSet row = beyond.executeQuery()) {
                if (row.next()) {
                    long no = row.getLong("chain_no");
                    Long number = row.wasNull() ? null : no;
                    if (number == null || number > head(connection).no()) {
                        verification.outside(row.getLong("id"), number);
                    }
                }
            }
        }
        return verification.report();
    }

    /** The number and hash of the chain's last entry (0 and the genesis hash before the first). */
    public static Head head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT last_no, last_hash FROM audit_chain_head WHERE id = 1")) {
            if (!row.next()) {
                throw new SQLException("audit_chain_head has no row: the schema is older than V22");
            }
            return new Head(row.getLong(1), row.getString(2));
        }
    }

    /** The fact a row of {@code audit_entry} records, with its instant read as the UTC the application stores. */
    static Change change(ResultSet row) throws SQLException {
        return new Change(row.getString("subject_type"), row.getString("subject"), row.getString("action"),
                row.getString("state_before"), row.getString("state_after"), row.getString("actor"),
                row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString("detail"));
    }

    /** Where the chain ends. */
    public record Head(long no, String hash) {
    }
}
