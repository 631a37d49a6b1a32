package coop.khidma.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /health/ready} is UP only while the database answers and holds Khidma's migrated schema: a load balancer
 * sends no member to a node that could not take their request. The answer names no server, user or error text.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/khidma")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet types = statement.executeQuery("SELECT COUNT(*) FROM request_type")) {
                boolean migrated = types.next() && types.getLong(1) > 0;
                return HealthCheckResponse.named(NAME).status(migrated).build();
            }
        } catch (SQLException | RuntimeException unreachable) {
            // while it is away this runs at every probe: one line, the stack trace only when asked for (FINE)
            LOG.warning(() -> "Readiness DOWN: the database does not answer (" + unreachable.getClass().getSimpleName()
                    + (unreachable instanceof SQLException sql ? ", SQL state " + sql.getSQLState() : "") + ")");
            LOG.log(Level.FINE, "Readiness DOWN", unreachable);
            return HealthCheckResponse.down(NAME);
        }
    }
}
