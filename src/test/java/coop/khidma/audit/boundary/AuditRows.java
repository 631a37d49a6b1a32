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
}
