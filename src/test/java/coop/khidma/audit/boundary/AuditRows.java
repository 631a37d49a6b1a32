package coop.khidma.audit.boundary;

import coop.khidma.audit.jdbc.RedactableAuditTrail;
import coop.khidma.platform.security.SecurityConfiguration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a database owner can do to the audit trail behind the application's back: lift the append-only trigger, edit
 * an entry, put the trigger back. The container tests' database user owns the schema, as the migrations user does in
 * production.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditRows {

    @Resource(lookup = SecurityConfiguration.DATA_SOURCE)
    DataSource dataSource;

    /** The id of the newest entry about {@code subject}. */
    public long newest(String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT MAX(id) FROM audit_entry WHERE subject = ?")) {
            query.setString(1, subject);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Sets the entry's "after" state with plain SQL, as the owner, past the trigger. */
    public void editAsOwner(long id, String after) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TRIGGER audit_entry_no_update");
            try (PreparedStatement edit = connection.prepareStatement(
                    "UPDATE audit_entry SET state_after = ? WHERE id = ?")) {
                edit.setString(1, after);
                edit.setLong(2, id);
                edit.executeUpdate();
            } finally {
                ddl.execute(RedactableAuditTrail.NO_UPDATE);
            }
        }
    }

    /** The id of an entry about {@code subject} whose detail was redacted. */
    public long redacted(String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT MIN(id) FROM audit_entry WHERE subject = ? AND redacted_in IS NOT NULL")) {
            query.setString(1, subject);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Sets the entry's detail with plain SQL, as the owner, past the trigger (a redaction undone, or forged). */
    public void detailAsOwner(long id, String detail) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TRIGGER audit_entry_no_update");
            try (PreparedStatement edit = connection.prepareStatement(
                    "UPDATE audit_entry SET detail = ? WHERE id = ?")) {
                edit.setString(1, detail);
                edit.setLong(2, id);
                edit.executeUpdate();
            } finally {
                ddl.execute(RedactableAuditTrail.NO_UPDATE);
            }
        }
    }

    /** The entry's stored columns, for a failure's message. */
    public String row(Long id) throws SQLException {
        if (id == null) {
            return "no entry";
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT * FROM audit_entry WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                StringBuilder columns = new StringBuilder();
                if (row.next()) {
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        columns.append(row.getMetaData().getColumnName(i)).append('=').append(row.getString(i))
                                .append("; ");
                    }
                }
                return columns.toString();
            }
        }
    }
}
