package org.entente.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Whether this node can write: the database reachable and a primary accepting writes. Down with the
 * reason (unreachable, in recovery, read-only) in the health endpoint's {@code primaryDatabase}
 * component, which the readiness group includes, so that a load balancer stops sending requests to a
 * node that could not store them. Each change of state is logged once.
 */
class PrimaryDatabaseHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(PrimaryDatabaseHealth.class);

    private final DataSource dataSource;
    private final ChangeLog changes = new ChangeLog(log, "Not ready", "The database accepts writes again");

    PrimaryDatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        String reason = reason();
        changes.report(reason);
        // The reason is the status's description: shown even where details are not (show-details=never).
        return reason.isEmpty()
                ? Health.up().build()
                : Health.status(new Status(Status.DOWN.getCode(), reason)).build();
    }

    /** Empty when writes are possible; otherwise why not. */
    private String reason() {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "select pg_is_in_recovery(), current_setting('default_transaction_read_only')")) {
            result.next();
            if (result.getBoolean(1)) {
                return "the database is a standby in recovery (read-only)";
            }
            if ("on".equals(result.getString(2))) {
                return "the database accepts no writes (default_transaction_read_only)";
            }
            return "";
        } catch (SQLException e) {
            return "the database cannot be reached (" + e.getSQLState() + ")";
        }
    }
}
